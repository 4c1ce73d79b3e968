using PortretSite.Rendering.Pages;

namespace PortretSite.Print.Booklet;

/// <summary>What the booklet template sees: the same portrait view as the site, and the parts only paper has.</summary>
public sealed record BookletView(
    PortraitView Portrait,
    string PageCss,
    IReadOnlyList<TocEntry> Toc,
    string? MadeBy,
    string PrintedOn,
    string SiteTitle,
    IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>For whom it was made: the labels of the audiences whose reading it prints.</summary>
    public string? MadeFor { get; init; }
}

/// <summary>A line of the table of contents: where it points, and its title. The page number is filled in after the first print.</summary>
public sealed record TocEntry(string Id, string Title);
