using System.Net;
using PortretSite.Audio;
using PortretSite.Content.Portraits;
using PortretSite.Rendering.Clips;

namespace PortretSite.Print.Booklet;

/// <summary>A clip's QR code as the booklet prints it, for the preflight report: which clip, and its printed side.</summary>
public sealed record PrintedQrCode(string Clip, double SideMm);

/// <summary>
/// Writes a booklet's clips as QR codes that open them on the published site: beside the passage that places a clip,
/// with its title and length, and in the list of recordings. Without a link (no <c>SiteUrl</c>) a clip is named, not coded.
/// </summary>
/// <param name="linkOf">The QR link of a clip of this booklet's portrait; null when the booklet prints no codes.</param>
public sealed class PrintClipMarkup(Func<PortraitClip, string>? linkOf, string scanLabel) : IClipMarkup
{
    private readonly Dictionary<string, PrintedQrCode> _codes = new(StringComparer.Ordinal);

    /// <summary>The code of every clip this markup placed, once per clip (a clip placed in the story and listed has one code, printed twice).</summary>
    public IReadOnlyList<PrintedQrCode> Codes => [.. _codes.Values];

    public string Player(ClipAsset asset, PortraitClip clip, string labelledBy) =>
        linkOf is null ? "" : Code(clip, $"<figcaption class=\"clip-qr__caption\">{WebUtility.HtmlEncode(scanLabel)}</figcaption>");

    public string Placement(ClipAsset asset, PortraitClip clip, string anchor, string label)
    {
        var named = $"<strong>{WebUtility.HtmlEncode(clip.Title)}</strong> ({AudioMessages.Minutes(asset.Seconds)})";
        return linkOf is null
            ? $"<span class=\"clip-named\">{WebUtility.HtmlEncode(label)}: {named}</span>"
            : Code(clip, $"<figcaption class=\"clip-qr__caption\">{named}<br>{WebUtility.HtmlEncode(scanLabel)}</figcaption>");
    }

    private string Code(PortraitClip clip, string caption)
    {
        _codes.TryAdd(clip.Id, new PrintedQrCode(clip.Title, ClipQrCode.SideMm));
        return $"<figure class=\"clip-qr\">{ClipQrCode.Svg(linkOf!(clip), $"{scanLabel}: {clip.Title}")}{caption}</figure>";
    }
}
