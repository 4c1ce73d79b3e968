namespace PortretSite.Site;

public enum PageKind
{
    Home,
    Portrait,

    /// <summary>A site page of <c>input/pages</c>: an about page, a team's ground rules.</summary>
    Page,

    /// <summary>A portrait's card for carers ("Dit ben ik").</summary>
    Card,
}

/// <summary>
/// A page of the site before it is framed or protected: its path in the site, its language and
/// the HTML of its main content. Which portrait it shows (if any) lets protection pick keys.
/// </summary>
public sealed record SitePage(string Path, PageKind Kind, string Title, string Lang, string BodyHtml, string? PortraitSlug);

/// <summary>A photo file the site publishes (at <c>media/…</c>) and where its bytes are.</summary>
public sealed record SiteMedia(string Path, string SourceFile, string MediaType, string? PortraitSlug);

/// <summary>The site as the Rendering stage made it: pages and media, not yet written or protected.</summary>
public sealed record RenderedSite(IReadOnlyList<SitePage> Pages, IReadOnlyList<SiteMedia> Media);
