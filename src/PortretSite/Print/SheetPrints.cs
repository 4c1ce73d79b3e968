using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Images;
using PortretSite.Print.Booklet;
using PortretSite.Print.Browser;
using PortretSite.Rendering.Photos;

namespace PortretSite.Print;

/// <summary>The HTML of one printed document of a portrait, and the date it prints (part of what it is made from).</summary>
public sealed record SheetHtml(string Html, string PrintedOn);

/// <summary>
/// Documents printed beside the booklets from a template of their own (the card for carers, the review
/// copy): their photos sized as in the booklet, their HTML in a workspace of its own, and the PDF cached
/// as the booklets are (by the portrait's sources, then by the exact HTML and files). Each kind says only
/// how its HTML is rendered and how it is printed.
/// </summary>
public abstract class SheetPrints(IPhotoStage photos, string workFolder, string name)
{
    private readonly BookletCache _cache = new(Path.Combine(workFolder, name));

    /// <summary>Whether the document printed last was made from these sources, so it needs no browser.</summary>
    public bool HasSources(string slug, string sources) => _cache.HasSources(slug, sources);

    public IEnumerable<string> PrintedSlugs() => _cache.PrintedSlugs();

    /// <summary>The document of <paramref name="portrait"/>: from the cache when nothing it is made from changed, otherwise rendered and printed.</summary>
    public async Task<CachedBooklet> MakeAsync(BrowserHost browser, BookletInput input, Portrait portrait, string sources, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (_cache.FindBySources(portrait.Slug, sources) is { } unchanged)
        {
            return unchanged;
        }

        var workspace = await PrintWorkspace.PrepareAsync(Path.Combine(workFolder, name + "-work", portrait.Slug), input.Theme, cancellationToken);
        var images = input.Settings.Images;
        // Photos are made as the booklet's are: enough pixels for its resolution however the document crops them.
        var markup = new PrintPhotoMarkup(photos, BookletGeometry.From(input.Settings.Print), images.PrintDpi, images.PrintQuality, path => Path.GetRelativePath(input.Root, path).Replace('\\', '/'));
        var sheet = Render(input, portrait, new PortraitPhotos(portrait, input.Catalog, markup), diagnostics);
        photos.MakePrintFiles(markup.Files);
        BookletStage.LinkPhotos(markup.Files, Path.Combine(workspace, PrintPhotoMarkup.Folder));
        var htmlFile = Path.Combine(workspace, name + ".html");
        await File.WriteAllTextAsync(htmlFile, sheet.Html, cancellationToken);

        var key = BookletCache.Key(workspace, sheet.Html, sheet.PrintedOn, $"{name}|{images.PrintDpi}|{images.PrintQuality}|{portrait.Language}");
        if (_cache.Find(portrait.Slug, key) is { } same)
        {
            _cache.RememberSources(portrait.Slug, sources);
            return same;
        }

        return _cache.Store(portrait.Slug, key, sources, await PrintAsync(browser, htmlFile, portrait, cancellationToken));
    }

    protected abstract SheetHtml Render(BookletInput input, Portrait portrait, PortraitPhotos photos, DiagnosticBag diagnostics);

    protected abstract Task<FinishedBooklet> PrintAsync(BrowserHost browser, string htmlFile, Portrait portrait, CancellationToken cancellationToken);
}
