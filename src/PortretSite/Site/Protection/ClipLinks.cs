using PortretSite.Content.Portraits;

namespace PortretSite.Site.Protection;

/// <summary>
/// The links a booklet's QR codes hold: the published site's address, then in the fragment (never sent to a
/// server) the item of one clip and the key that opens it, <c>https://…/#k=&lt;item&gt;.&lt;key&gt;</c>.
/// </summary>
public sealed class ClipLinks(KeyRing keys, string siteUrl)
{
    public const string FragmentPrefix = "#k=";

    public string ItemId(string slug, PortraitClip clip) => keys.ItemId($"clip/{slug}/{clip.Id}");

    public byte[] Key(string slug, PortraitClip clip) => keys.ClipKey(slug, clip.Id);

    public string Url(string slug, PortraitClip clip) =>
        $"{Page(siteUrl)}{FragmentPrefix}{ItemId(slug, clip)}.{Base64Url(Key(slug, clip))}";

    /// <summary>The shell's address: a site URL ending in a folder gets its <c>index.html</c> implied, so a QR code stays short.</summary>
    private static string Page(string url) => url.EndsWith('/') || url.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? url : url + "/";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
