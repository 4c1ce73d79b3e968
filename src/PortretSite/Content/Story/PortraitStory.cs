using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortretSite.Content.Portraits;

namespace PortretSite.Content.Story;

/// <summary>
/// A portrait's story as checked content: its sources, the one Markdown document parsed from them
/// (absent when it nests too deeply to parse), and the photo each image in it resolved to. The
/// document is not changed after the Content stage, so pages and booklets render it side by side.
/// </summary>
public sealed record PortraitStory(IReadOnlyList<StorySource> Sources, MarkdownDocument? Document, IReadOnlyDictionary<LinkInline, PhotoRef> Photos)
{
    public static readonly PortraitStory Empty = new([], null, new Dictionary<LinkInline, PhotoRef>(ReferenceEqualityComparer.Instance));

    /// <summary>The clip each recording placed in the document plays (<c>![title](audio/….m4a)</c>).</summary>
    public IReadOnlyDictionary<LinkInline, PortraitClip> Clips { get; init; } = new Dictionary<LinkInline, PortraitClip>(ReferenceEqualityComparer.Instance);

    /// <summary>The clip a recording placed in the document plays; none when it is not a listed clip.</summary>
    public PortraitClip? ClipOf(LinkInline image) => Clips.GetValueOrDefault(image);

    /// <summary>The photo an image of the document shows; none when it did not resolve inside the folder.</summary>
    public PhotoRef? PhotoOf(LinkInline image) => Photos.GetValueOrDefault(image);
}
