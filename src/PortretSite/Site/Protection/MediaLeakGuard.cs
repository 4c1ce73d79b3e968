using PortretSite.Rendering.Photos;

namespace PortretSite.Site.Protection;

/// <summary>
/// The last check before a page is encrypted: it names no photo file of the site by its plain
/// path. Photos reach a protected page only through <see cref="ProtectedPhotoMarkup"/>; a theme
/// or a change that writes a file's address anyway fails the build instead of publishing it.
/// </summary>
public sealed class MediaLeakGuard(IReadOnlyDictionary<string, MediaItem> media)
{
    private const string MediaPath = PhotoHtml.MediaFolder + "/";
    private static readonly char[] EndOfName = ['"', '\'', ' ', ',', '<', '>', ')', '\n', '\t'];

    public void Check(string html)
    {
        for (var at = html.IndexOf(MediaPath, StringComparison.Ordinal); at >= 0; at = html.IndexOf(MediaPath, at + 1, StringComparison.Ordinal))
        {
            var start = at + MediaPath.Length;
            var end = html.IndexOfAny(EndOfName, start);
            var name = html[start..(end < 0 ? html.Length : end)];
            if (media.ContainsKey(name))
            {
                throw new InvalidOperationException($"a photo reference escaped protection: {MediaPath}{name}");
            }
        }
    }
}
