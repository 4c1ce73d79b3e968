using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;

namespace PortretSite.Content;

/// <summary>Everything the Content stage hands on: settings, the portraits that loaded, and every problem found.</summary>
public sealed record SiteContent(string Root, SiteSettings Settings, IReadOnlyList<Portrait> Portraits, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
