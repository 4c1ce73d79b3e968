using PortretSite.Foundation;
using System.Collections.Concurrent;
using PortretSite.Content.Portraits;
using PortretSite.Foundation.State;

namespace PortretSite.Print.Booklet;

/// <summary>
/// What a booklet is made from, told by the size and time of its files, as the build's no-change
/// check does: the tool, the site's settings and theme, the <c>PORTRET_*</c> environment, and the
/// portrait's own folder (a portrait uses no file outside it). When these are as they were at the
/// last print, the booklet is taken from the cache without making its HTML again — and a build
/// knows before any page is rendered whether it will need the browser.
/// </summary>
public sealed class BookletSources(string root)
{
    private readonly SourceStamp _shared = SourceStamp.OfSite(root);

    private readonly ConcurrentDictionary<string, string> _stamps = new(StringComparer.Ordinal);

    /// <summary>The stamp of one portrait's booklet sources.</summary>
    public string Of(Portrait portrait) => OfFolder(portrait.FullFolder);

    /// <summary>The stamp of the booklet sources of the portrait in <paramref name="portraitFolder"/>, before its content is read; a build reads each folder once.</summary>
    public string OfFolder(string portraitFolder) =>
        _stamps.GetOrAdd(Path.GetFullPath(portraitFolder), folder => _shared.Copy().Folder(folder, folder).Hash());
}
