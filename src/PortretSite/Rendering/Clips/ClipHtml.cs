using System.Net;
using PortretSite.Audio;
using PortretSite.Content.Portraits;

namespace PortretSite.Rendering.Clips;

/// <summary>
/// The native player, fed plain files under <c>media/</c> (the preview and the plain site): every browser labels
/// its buttons, reaches them by keyboard and shows the current time; Opus first, AAC where Opus does not play.
/// </summary>
public sealed class ClipHtml(string mediaPrefix) : IClipMarkup
{
    public string Player(ClipAsset asset, PortraitClip clip, string labelledBy) =>
        $"<audio class=\"clip__player\" controls preload=\"none\" aria-labelledby=\"{labelledBy}\">"
        + string.Concat(asset.Variants.Select(v => $"<source src=\"{mediaPrefix}{v.FileName}\" type=\"{v.MediaType}\">"))
        + "</audio>";

    public string Placement(ClipAsset asset, PortraitClip clip, string anchor, string label) => ClipLink(anchor, label, clip, asset);

    /// <summary>A link in the story to the clip's player, with its title and length.</summary>
    public static string ClipLink(string anchor, string label, PortraitClip clip, ClipAsset asset) =>
        $"<a class=\"clip-link\" href=\"#{anchor}\"><span class=\"clip-link__icon\" aria-hidden=\"true\">▶</span> {WebUtility.HtmlEncode(label)}: {WebUtility.HtmlEncode(clip.Title)} ({AudioMessages.Minutes(asset.Seconds)})</a>";
}
