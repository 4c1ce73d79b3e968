using PortretSite.Content;
using PortretSite.Content.Diagnostics;
using PortretSite.Content.Portraits;
using PortretSite.Images;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Pages;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Theme;

namespace PortretSite.Site;

/// <summary>Renders the pages of the site: the list of portraits and one page per portrait.</summary>
public sealed class SiteRenderer(ThemeTemplates templates, Func<string, Labels> labelsFor)
{
    public static string PortraitPath(string slug) => $"{slug}/index.html";

    public RenderedSite Render(SiteContent content, IReadOnlyList<Portrait> portraits, PhotoCatalog catalog, bool showStatus, DiagnosticBag diagnostics)
    {
        var pages = new List<SitePage>();
        var media = new Dictionary<string, SiteMedia>(StringComparer.Ordinal);
        var siteLabels = labelsFor(content.Settings.Language);
        var cards = new List<CardView>();
        var homePhotos = new PhotoHtml($"{PhotoHtml.MediaFolder}/");
        foreach (var portrait in portraits)
        {
            var labels = labelsFor(portrait.Language);
            var photos = new PortraitPhotos(portrait, catalog, new PhotoHtml($"../{PhotoHtml.MediaFolder}/"));
            var view = PortraitViewBuilder.Build(portrait, photos, labels, showStatus);
            var body = templates.Render("portrait", view, diagnostics);
            if (body is not null)
            {
                pages.Add(new SitePage(PortraitPath(portrait.Slug), PageKind.Portrait, portrait.Name, portrait.Language, body, portrait.Slug));
            }

            foreach (var asset in portrait.Photos.Select(p => catalog.Find(p.File.FullPath)).OfType<PhotoAsset>())
            {
                foreach (var variant in asset.Variants)
                {
                    media.TryAdd(variant.FileName, new SiteMedia($"{PhotoHtml.MediaFolder}/{variant.FileName}", variant.FullPath, variant.MediaType, portrait.Slug));
                }
            }

            var cover = portrait.Cover is { } c && catalog.Find(c.FullPath) is { } coverAsset
                ? homePhotos.Picture(coverAsset, photos.Alt(c, portrait.Name), PhotoPlacement.Card)
                : null;
            cards.Add(new CardView(portrait.Name, DateText.Years(portrait.Born, portrait.Died, portrait.Language), portrait.Summary, cover, PortraitPath(portrait.Slug), showStatus ? PortraitViewBuilder.StatusBanner(portrait, labels) : null));
        }

        var home = templates.Render("home", new HomeView(content.Settings.Title, content.Settings.Language, cards, siteLabels.All), diagnostics);
        if (home is not null)
        {
            pages.Insert(0, new SitePage("index.html", PageKind.Home, content.Settings.Title, content.Settings.Language, home, null));
        }

        return new RenderedSite(pages, [.. media.Values.OrderBy(m => m.Path, StringComparer.Ordinal)]);
    }
}
