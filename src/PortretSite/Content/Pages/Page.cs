using PortretSite.Content.Portraits;

namespace PortretSite.Content.Pages;

/// <summary>What a site page is for: a page about the site or the makers, or the ground rules a team agreed on.</summary>
public enum PagePurpose
{
    About,
    GroundRules,
}

/// <summary>Who agreed on a team's ground rules, and when.</summary>
public sealed record Agreement(string By, PartialDate On);

/// <summary>
/// A page beside the portraits (<c>input/pages/&lt;slug&gt;.md</c>): a title, who may read it, and its
/// Markdown text. It is published to its audiences like a portrait, encrypted like everything else.
/// </summary>
public sealed record Page
{
    public required string Slug { get; init; }

    /// <summary>The file, relative to the site root, with forward slashes.</summary>
    public required string RelativeFile { get; init; }

    public required string Title { get; init; }

    public PagePurpose Purpose { get; init; }

    public string Language { get; init; } = "nl";

    public IReadOnlyList<string> Audiences { get; init; } = [];

    public string? Summary { get; init; }

    public Agreement? Agreed { get; init; }

    /// <summary>The Markdown below the front matter, checked like a portrait's story (no raw HTML, links a reader can follow).</summary>
    public string Body { get; init; } = "";
}
