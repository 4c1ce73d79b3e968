using PortretSite.Print.Browser;

namespace PortretSite.Print.Review;

/// <summary>A review copy as the browser printed it, and how many lines of text it numbered.</summary>
public sealed record PrintedReviewCopy(byte[] Pdf, int Lines);

/// <summary>Prints a review copy's HTML on A4, once every line of its text has its number in the margin (<see cref="ReviewScripts.NumberLines"/>).</summary>
public sealed class ReviewPrinter(BrowserHost browser)
{
    public static readonly PaperSize A4 = new(210, 297);

    public async Task<PrintedReviewCopy> PrintAsync(string htmlFile, CancellationToken cancellationToken)
    {
        await using var page = await new PdfPrinter(browser).OpenAsync(htmlFile, A4, cancellationToken);
        var lines = await page.Page.EvaluateAsync<int>(ReviewScripts.NumberLines, null, cancellationToken);
        return new PrintedReviewCopy(await page.PrintAsync(cancellationToken), lines);
    }
}
