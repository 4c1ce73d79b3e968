using PortretSite.Audio;
using PortretSite.Content.Portraits;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Pages;
using PortretSite.Rendering.Story;
using PortretSite.Rendering.Theme;

namespace PortretSite.Rendering.Clips;

/// <summary>The clips of one portrait, ready to place: what the editor said about each, and its processed files.</summary>
public sealed class PortraitClips(Portrait portrait, ClipCatalog catalog, IClipMarkup markup, Labels labels)
{
    public ClipAsset? Asset(PortraitClip clip) => catalog.Find(clip.File.FullPath);

    /// <summary>The id of a clip's place on the page: from its position in the list, so no file name shows.</summary>
    public string Anchor(PortraitClip clip) => $"clip-{IndexOf(clip) + 1}";

    /// <summary>Where the story places a clip; null when the clip was not processed.</summary>
    public string? Placement(PortraitClip clip) =>
        Asset(clip) is { } asset ? markup.Placement(asset, clip, Anchor(clip), labels["clipListen"]) : null;

    public IReadOnlyList<ClipView> Views() =>
    [
        .. portrait.Clips.Select(clip => (Clip: clip, Asset: Asset(clip))).Where(c => c.Asset is not null).Select(c =>
        {
            var anchor = Anchor(c.Clip);
            var meta = string.Join(" · ", new[] { c.Clip.Speaker, c.Clip.Date is { } date ? DateText.Format(date, portrait.Language) : null, AudioMessages.Minutes(c.Asset!.Seconds) }.OfType<string>());
            var belongsTo = c.Clip.Chapter ?? c.Clip.Event;
            return new ClipView(
                anchor,
                c.Clip.Title,
                meta,
                belongsTo is null ? null : labels["clipBelongsTo"].Replace("{part}", belongsTo, StringComparison.Ordinal),
                markup.Player(c.Asset, c.Clip, anchor + "-title"),
                c.Clip.Transcript is { } transcript ? TextMarkdown.ToHtml(transcript, portrait.Language) : null);
        }),
    ];

    private int IndexOf(PortraitClip clip)
    {
        for (var i = 0; i < portrait.Clips.Count; i++)
        {
            if (portrait.Clips[i].Id == clip.Id)
            {
                return i;
            }
        }

        return -1;
    }
}
