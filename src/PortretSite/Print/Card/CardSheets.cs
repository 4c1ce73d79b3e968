using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Images;
using PortretSite.Print.Booklet;
using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;
using PortretSite.Rendering.Pages;
using PortretSite.Rendering.Photos;

namespace PortretSite.Print.Card;

/// <summary>
/// The printed cards for carers, <c>&lt;slug&gt;.card.pdf</c>: one A4 page per portrait a team or the
/// person themself reads, from the same card template as the site, printed by the booklets' browser
/// and cached as the booklets are (by the same sources, then by the exact HTML and files).
/// </summary>
public sealed class CardSheets(IPhotoStage photos, IPdfTools pdf, string workFolder) : SheetPrints(photos, workFolder, "card")
{
    protected override SheetHtml Render(BookletInput input, Portrait portrait, PortraitPhotos photos, DiagnosticBag diagnostics)
    {
        var card = PortraitCardViewBuilder.Build(portrait, photos, input.LabelsFor(portrait.Language), photoPlacement: PhotoPlacement.Cover);
        var html = input.Templates.Render("card-sheet", new CardSheetView(card, input.Settings.Title, card.Labels), diagnostics) ?? throw new InvalidOperationException("the card template did not render");
        return new SheetHtml(html, "");
    }

    protected override async Task<FinishedBooklet> PrintAsync(BrowserHost browser, string htmlFile, Portrait portrait, CancellationToken cancellationToken)
    {
        var printed = await new CardPrinter(browser).PrintAsync(htmlFile, cancellationToken);
        var pages = pdf.Summarize(printed.Pdf).PageCount;
        var file = $"{portrait.RelativeFolder}/index.md";
        IReadOnlyList<CachedFinding> findings = printed.Shortened.Count > 0 ? [BookletCache.Finding(file, PrintMessages.CardShortened(printed.Shortened))] : [];
        var report = printed.Shortened.Count > 0 ? $"shortened: {string.Join(", ", printed.Shortened)}\n" : "";
        return new FinishedBooklet(printed.Pdf, null, report, pages, findings, new BookletLayout([], new Dictionary<string, int>()));
    }
}
