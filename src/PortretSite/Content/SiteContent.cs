using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Pages;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;

namespace PortretSite.Content;

/// <summary>Everything the Content stage hands on: settings, the portraits that loaded, and every problem found.</summary>
public sealed record SiteContent(string Root, SiteSettings Settings, IReadOnlyList<Portrait> Portraits, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The pages beside the portraits (<c>input/pages</c>), in file name order.</summary>
    public IReadOnlyList<Page> Pages { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
