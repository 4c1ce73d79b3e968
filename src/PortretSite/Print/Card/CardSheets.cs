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
public sealed class CardSheets(IPhotoStage photos, IPdfTools pdf, string workFolder)
{
    private readonly BookletCache _cache = new(Path.Combine(workFolder, "cards"));

    /// <summary>Whether the card printed last was made from these sources, so it needs no browser.</summary>
    public bool HasSources(string slug, string sources) => _cache.HasSources(slug, sources);

    public IEnumerable<string> PrintedSlugs() => _cache.PrintedSlugs();

    /// <summary>The card of <paramref name="portrait"/>: from the cache when nothing it is made from changed, otherwise printed.</summary>
    public async Task<CachedBooklet> MakeAsync(BrowserHost browser, BookletInput input, Portrait portrait, string sources, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (_cache.FindBySources(portrait.Slug, sources) is { } unchanged)
        {
            return unchanged;
        }

        var workspace = await PrintWorkspace.PrepareAsync(Path.Combine(workFolder, "card-work", portrait.Slug), input.Theme, cancellationToken);

        // The photo is made as a booklet's cover is: enough pixels for 300 dpi however the card crops it.
        var markup = new PrintPhotoMarkup(photos, BookletGeometry.From(input.Settings.Print), input.Settings.Images.PrintDpi, input.Settings.Images.PrintQuality, path => Path.GetRelativePath(input.Root, path).Replace('\\', '/'));
        var card = PortraitCardViewBuilder.Build(portrait, new PortraitPhotos(portrait, input.Catalog, markup), input.LabelsFor(portrait.Language), photoPlacement: PhotoPlacement.Cover);
        var html = input.Templates.Render("card-sheet", new CardSheetView(card, input.Settings.Title, card.Labels), diagnostics) ?? throw new InvalidOperationException("the card template did not render");
        photos.MakePrintFiles(markup.Files);
        BookletStage.LinkPhotos(markup.Files, Path.Combine(workspace, PrintPhotoMarkup.Folder));
        var htmlFile = Path.Combine(workspace, "card.html");
        await File.WriteAllTextAsync(htmlFile, html, cancellationToken);

        var key = BookletCache.Key(workspace, html, "", $"card|{input.Settings.Images.PrintDpi}|{input.Settings.Images.PrintQuality}|{portrait.Language}");
        if (_cache.Find(portrait.Slug, key) is { } same)
        {
            _cache.RememberSources(portrait.Slug, sources);
            return same;
        }

        var printed = await new CardPrinter(browser).PrintAsync(htmlFile, cancellationToken);
        var pages = pdf.Summarize(printed.Pdf).PageCount;
        var file = $"{portrait.RelativeFolder}/index.md";
        IReadOnlyList<CachedFinding> findings = printed.Shortened.Count > 0 ? [BookletCache.Finding(file, PrintMessages.CardShortened(printed.Shortened))] : [];
        var report = printed.Shortened.Count > 0 ? $"shortened: {string.Join(", ", printed.Shortened)}\n" : "";
        return _cache.Store(portrait.Slug, key, sources, new FinishedBooklet(printed.Pdf, null, report, pages, findings, new BookletLayout([], new Dictionary<string, int>())));
    }
}
