using System.Globalization;
using System.Net;
using PortretSite.Audio;
using PortretSite.Content;
using PortretSite.Content.Pages;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Images;
using PortretSite.Rendering.Clips;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Pages;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Theme;

namespace PortretSite.Site;

/// <summary>Renders the pages of the site: the list of portraits and one page per portrait.</summary>
/// <param name="clips">The processed recordings; none for a site rendered without them.</param>
public sealed class SiteRenderer(ThemeTemplates templates, Func<string, Labels> labelsFor, PhotoCatalog catalog, bool showStatus, ClipCatalog? clips = null)
{
    private readonly ClipCatalog _clips = clips ?? ClipCatalog.Empty;

    public const string HomePath = "index.html";

    public static string PortraitPath(string slug) => $"{slug}/index.html";

    /// <summary>The card for carers beside its portrait, in English like every other folder of the output: <c>gilberte-verhaegen/card/index.html</c>.</summary>
    public static string CardPath(string slug) => $"{slug}/card/index.html";

    /// <summary>A site page of <c>input/pages</c>, apart from the portraits' folders: <c>pages/ground-rules/index.html</c>.</summary>
    public static string SitePagePath(string slug) => $"pages/{slug}/index.html";

    public RenderedSite Render(SiteContent content, IReadOnlyList<Portrait> portraits, DiagnosticBag diagnostics) =>
        Render(content, portraits, [], diagnostics);

    /// <summary>The home page, one page per portrait (and a card for those <paramref name="hasCard"/> says a team reads) and one per site page in <paramref name="sitePages"/>.</summary>
    public RenderedSite Render(SiteContent content, IReadOnlyList<Portrait> portraits, IReadOnlyList<Page> sitePages, DiagnosticBag diagnostics, Func<string, bool>? hasCard = null)
    {
        hasCard ??= _ => false;
        var pages = new List<SitePage>();
        var markup = new PhotoHtml($"{PhotoHtml.MediaFolder}/");
        var reader = new HomeReader(AudienceKind.Family, p => hasCard(p.Slug) ? CardPath(p.Slug) : null);
        if (RenderHome(content.Settings.Title, content.Settings.Language, portraits, markup, portrait => PortraitPath(portrait.Slug), diagnostics, sitePages, page => SitePagePath(page.Slug), reader) is { } home)
        {
            pages.Add(home);
        }

        pages.AddRange(portraits.Select(p => RenderPortrait(p, new PhotoHtml($"../{PhotoHtml.MediaFolder}/"), diagnostics, hasCard(p.Slug) ? "card/" : null)).OfType<SitePage>());
        pages.AddRange(portraits.Where(p => hasCard(p.Slug)).Select(p => RenderCard(p, new PhotoHtml($"../../{PhotoHtml.MediaFolder}/"), diagnostics, "../")).OfType<SitePage>());
        pages.AddRange(sitePages.Select(p => RenderSitePage(p, diagnostics)).OfType<SitePage>());
        return new RenderedSite(pages, Media(portraits));
    }

    /// <summary>A site page (an about page, a team's ground rules): no photos, its own template.</summary>
    public SitePage? RenderSitePage(Page page, DiagnosticBag diagnostics)
    {
        var view = SitePageViewBuilder.Build(page, labelsFor(page.Language));
        return templates.Render("page", view, diagnostics) is { } body
            ? new SitePage(SitePagePath(page.Slug), PageKind.Page, page.Title, page.Language, body, null)
            : null;
    }

    public SitePage? RenderPortrait(Portrait portrait, DiagnosticBag diagnostics) =>
        RenderPortrait(portrait, new PhotoHtml($"../{PhotoHtml.MediaFolder}/"), diagnostics);

    /// <summary>A portrait's page with its photos written by <paramref name="markup"/> and its clips by <paramref name="clipMarkup"/> (plain files beside it by default), linking its card at <paramref name="cardUrl"/> when it has one.</summary>
    public SitePage? RenderPortrait(Portrait portrait, IPhotoMarkup markup, DiagnosticBag diagnostics, string? cardUrl = null, IClipMarkup? clipMarkup = null)
    {
        var labels = labelsFor(portrait.Language).InVoiceOf(portrait);
        var photos = new PortraitPhotos(portrait, catalog, markup) { Clips = new PortraitClips(portrait, _clips, clipMarkup ?? new ClipHtml($"../{PhotoHtml.MediaFolder}/"), labels) };
        var view = PortraitViewBuilder.Build(portrait, photos, labelsFor(portrait.Language), showStatus) with { CardUrl = cardUrl };
        return templates.Render("portrait", view, diagnostics) is { } body
            ? new SitePage(PortraitPath(portrait.Slug), PageKind.Portrait, portrait.Name, portrait.Language, body, portrait.Slug)
            : null;
    }

    /// <summary>One clip on its own, as a booklet's QR link opens it: its title, player and transcript, nothing else of the portrait.</summary>
    public string? RenderClip(Portrait portrait, PortraitClip clip, IClipMarkup markup)
    {
        var labels = labelsFor(portrait.Language).InVoiceOf(portrait);
        if (new PortraitClips(portrait with { Clips = [clip] }, _clips, markup, labels).Views() is not [var view])
        {
            return null;
        }

        return $"<article class=\"clip clip--alone\" lang=\"{portrait.Language}\"><p class=\"clip__opened\">{WebUtility.HtmlEncode(labels["clipOpened"])}</p>"
            + $"<h1 class=\"clip__title\" id=\"{view.Id}-title\">{WebUtility.HtmlEncode(view.Title)}</h1><p class=\"clip__meta\">{WebUtility.HtmlEncode(view.Meta)}</p>"
            + $"<div class=\"clip__body\"><div class=\"clip__play\">{view.PlayerHtml}</div>"
            + (view.TranscriptHtml is { } transcript ? $"<div class=\"clip__transcript\"><p class=\"clip__transcript-label\">{WebUtility.HtmlEncode(labels["clipTranscript"])}</p>{transcript}</div>" : "")
            + "</div></article>";
    }

    /// <summary>The card for carers of <paramref name="portrait"/>, made from that portrait alone, linking back to it at <paramref name="portraitUrl"/>.</summary>
    public SitePage? RenderCard(Portrait portrait, IPhotoMarkup markup, DiagnosticBag diagnostics, string? portraitUrl = null)
    {
        var photos = new PortraitPhotos(portrait, catalog, markup);
        var view = PortraitCardViewBuilder.Build(portrait, photos, labelsFor(portrait.Language), portraitUrl);
        return templates.Render("portrait-card", view, diagnostics) is { } body
            ? new SitePage(CardPath(portrait.Slug), PageKind.Card, $"{view.Title} · {portrait.Name}", portrait.Language, body, portrait.Slug)
            : null;
    }

    /// <summary>The list of <paramref name="portraits"/>: all of them in preview, one family's in the protected site.</summary>
    public SitePage? RenderHome(string title, string language, IReadOnlyList<Portrait> portraits, DiagnosticBag diagnostics) =>
        RenderHome(title, language, portraits, new PhotoHtml($"{PhotoHtml.MediaFolder}/"), portrait => PortraitPath(portrait.Slug), diagnostics);

    /// <summary>The list, with its photos written by <paramref name="markup"/> and each card linking where <paramref name="linkTo"/> says.</summary>
    /// <param name="sitePages">The site pages this reader may open, each linked where <paramref name="pageLinkTo"/> says.</param>
    /// <param name="reader">Who reads the list: a team's is an overview by name, with each one's group and card.</param>
    public SitePage? RenderHome(string title, string language, IReadOnlyList<Portrait> portraits, IPhotoMarkup markup, Func<Portrait, string> linkTo, DiagnosticBag diagnostics, IReadOnlyList<Page>? sitePages = null, Func<Page, string>? pageLinkTo = null, HomeReader? reader = null)
    {
        reader ??= HomeReader.Family;
        var labels = labelsFor(language).ForReaders(reader.Kind);
        var listed = reader.IsTeam ? [.. portraits.OrderBy(p => p.Name, StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true))] : portraits;
        var cards = listed.Select(portrait =>
        {
            var photos = new PortraitPhotos(portrait, catalog, markup);
            var cover = portrait.Cover is { } c ? photos.Picture(c, PhotoPlacement.Card, photos.Alt(c, portrait.Name)) : null;
            var banner = showStatus ? PortraitViewBuilder.StatusBanner(portrait, labelsFor(portrait.Language)) : null;
            return new CardView(portrait.Name, DateText.Years(portrait.Born, portrait.Died, portrait.Language), portrait.Summary, cover, linkTo(portrait), banner)
            {
                Group = reader.IsTeam ? portrait.Group : null,
                CardUrl = reader.CardLink(portrait),
                CardLinkText = labels["cardLinkOf"].Replace("{person}", portrait.Name, StringComparison.Ordinal),
            };
        }).ToList();
        var links = (sitePages ?? []).Select(p => new PageLinkView(p.Title, p.Summary, pageLinkTo?.Invoke(p) ?? SitePagePath(p.Slug))).ToList();
        return templates.Render("home", new HomeView(title, language, cards, labels.All) { Pages = links, ForTeam = reader.IsTeam }, diagnostics) is { } body
            ? new SitePage(HomePath, PageKind.Home, title, language, body, null)
            : null;
    }

    /// <summary>Every photo and clip file the portraits' pages refer to.</summary>
    public IReadOnlyList<SiteMedia> Media(IEnumerable<Portrait> portraits)
    {
        var media = new Dictionary<string, SiteMedia>(StringComparer.Ordinal);
        foreach (var portrait in portraits)
        {
            foreach (var asset in portrait.Photos.Select(p => catalog.Find(p.File.FullPath)).OfType<PhotoAsset>())
            {
                foreach (var variant in asset.Variants)
                {
                    media.TryAdd(variant.FileName, new SiteMedia($"{PhotoHtml.MediaFolder}/{variant.FileName}", variant.FullPath, variant.MediaType, portrait.Slug));
                }
            }

            foreach (var variant in portrait.Clips.Select(c => _clips.Find(c.File.FullPath)).OfType<ClipAsset>().SelectMany(a => a.Variants))
            {
                media.TryAdd(variant.FileName, new SiteMedia($"{PhotoHtml.MediaFolder}/{variant.FileName}", variant.FullPath, variant.MediaType, portrait.Slug));
            }
        }

        return [.. media.Values.OrderBy(m => m.Path, StringComparer.Ordinal)];
    }
}

/// <summary>Who reads a home page: a team gets an overview sorted by name with each one's group; whoever reads cards gets a link to each (<see cref="CardLink"/> gives none for a family).</summary>
public sealed record HomeReader(AudienceKind Kind, Func<Portrait, string?> CardLink)
{
    public static readonly HomeReader Family = new(AudienceKind.Family, _ => null);

    public bool IsTeam => Kind == AudienceKind.Team;
}
