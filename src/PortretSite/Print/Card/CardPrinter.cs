using PortretSite.Print.Browser;

namespace PortretSite.Print.Card;

/// <summary>A card as the browser printed it: whether it fits its page, and the parts shortened to make it fit.</summary>
public sealed record PrintedCard(byte[] Pdf, bool Fits, IReadOnlyList<string> Shortened);

/// <summary>Prints a card's HTML on one A4 page, once the browser has shortened what would run over it (<see cref="CardScripts.Fit"/>).</summary>
public sealed class CardPrinter(BrowserHost browser)
{
    public static readonly PaperSize A4 = new(210, 297);

    public async Task<PrintedCard> PrintAsync(string htmlFile, CancellationToken cancellationToken)
    {
        await using var page = await new PdfPrinter(browser).OpenAsync(htmlFile, A4, cancellationToken);
        var fit = await page.Page.EvaluateAsync<FitResult>(CardScripts.Fit, null, cancellationToken);
        return new PrintedCard(await page.PrintAsync(cancellationToken), fit.Fits, fit.Shortened);
    }

    /// <summary>The shape of what the fit script returns.</summary>
    private sealed class FitResult
    {
        public bool Fits { get; set; }

        public string[] Shortened { get; set; } = [];
    }
}
