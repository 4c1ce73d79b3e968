using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Images;
using PortretSite.Print.Booklet;
using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;
using PortretSite.Rendering.Photos;

namespace PortretSite.Print.Review;

/// <summary>
/// The paper review copies, <c>&lt;slug&gt;.review.pdf</c>: for a portrait in review, the whole portrait on
/// A4 in large type with its lines numbered, a wide margin to write in, every page marked as not yet
/// approved, and a last page with the questions of recognition. Printed by the booklets' browser and
/// cached as the cards are (by the same sources, then by the exact HTML and files).
/// </summary>
public sealed class ReviewCopies(IPhotoStage photos, IPdfTools pdf, string workFolder) : SheetPrints(photos, workFolder, "review")
{
    protected override SheetHtml Render(BookletInput input, Portrait portrait, PortraitPhotos photos, DiagnosticBag diagnostics)
    {
        var view = ReviewCopyViewBuilder.Build(portrait, photos, input.LabelsFor(portrait.Language), input.Settings.Title, DateOnly.FromDateTime(DateTime.Now));
        var html = input.Templates.Render("review-copy", view, diagnostics) ?? throw new InvalidOperationException("the review copy template did not render");
        return new SheetHtml(html, view.PrintedOn);
    }

    protected override async Task<FinishedBooklet> PrintAsync(BrowserHost browser, string htmlFile, Portrait portrait, CancellationToken cancellationToken)
    {
        var printed = await new ReviewPrinter(browser).PrintAsync(htmlFile, cancellationToken);
        var summary = pdf.Summarize(printed.Pdf);
        var findings = Check(printed.Pdf, summary, $"{portrait.RelativeFolder}/index.md");
        return new FinishedBooklet(printed.Pdf, null, $"lines: {printed.Lines}\n", summary.PageCount, findings, new BookletLayout([], new Dictionary<string, int>()));
    }

    /// <summary>What a printer would stumble over: a font it must substitute, a stream it cannot read.</summary>
    private List<CachedFinding> Check(byte[] printed, PdfSummary summary, string file)
    {
        var findings = new List<CachedFinding>();
        var missing = summary.Fonts.Where(f => !f.Embedded).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            findings.Add(BookletCache.Finding(file, PrintMessages.ReviewFontsNotEmbedded(missing)));
        }

        if (pdf.BrokenStreams(printed).Count is > 0 and var broken)
        {
            findings.Add(BookletCache.Finding(file, PrintMessages.ReviewBrokenStreams(broken)));
        }

        return findings;
    }
}
