using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortretSite.Content.Portraits;

namespace PortretSite.Content.Story;

/// <summary>
/// A portrait's story as checked content: its sources, the one Markdown document parsed from them
/// (absent when it nests too deeply to parse), and the photo each image in it resolved to. The
/// document is not changed after the Content stage, so pages and booklets render it side by side.
/// A story taken from a portrait's record is parsed when first asked (<see cref="Later"/>): a build
/// whose pages and lists of that portrait are as before never asks.
/// </summary>
public sealed record PortraitStory
{
    public static readonly PortraitStory Empty = new([], null, new Dictionary<LinkInline, PhotoRef>(ReferenceEqualityComparer.Instance));

    private static readonly IReadOnlyDictionary<LinkInline, PortraitClip> NoClips = new Dictionary<LinkInline, PortraitClip>(ReferenceEqualityComparer.Instance);

    private readonly Lazy<PortraitStory>? _parsed;
    private readonly MarkdownDocument? _document;
    private readonly IReadOnlyDictionary<LinkInline, PhotoRef>? _photos;
    private readonly IReadOnlyDictionary<LinkInline, PortraitClip>? _clips;

    public PortraitStory(IReadOnlyList<StorySource> sources, MarkdownDocument? document, IReadOnlyDictionary<LinkInline, PhotoRef> photos)
    {
        Sources = sources;
        _document = document;
        _photos = photos;
    }

    private PortraitStory(IReadOnlyList<StorySource> sources, Func<PortraitStory> parse)
    {
        Sources = sources;
        _parsed = new(parse);
    }

    /// <summary>The story of <paramref name="sources"/>, parsed by <paramref name="parse"/> when its document, photos or clips are first asked for.</summary>
    public static PortraitStory Later(IReadOnlyList<StorySource> sources, Func<PortraitStory> parse) => new(sources, parse);

    public IReadOnlyList<StorySource> Sources { get; init; }

    public MarkdownDocument? Document => _parsed is { } parsed ? parsed.Value.Document : _document;

    /// <summary>The photo each image of the document shows.</summary>
    public IReadOnlyDictionary<LinkInline, PhotoRef> Photos
    {
        get => _photos ?? _parsed!.Value.Photos;
        init => _photos = value;
    }

    /// <summary>The clip each recording placed in the document plays (<c>![title](audio/….m4a)</c>).</summary>
    public IReadOnlyDictionary<LinkInline, PortraitClip> Clips
    {
        get => _clips ?? _parsed?.Value.Clips ?? NoClips;
        init => _clips = value;
    }

    /// <summary>The clip a recording placed in the document plays; none when it is not a listed clip.</summary>
    public PortraitClip? ClipOf(LinkInline image) => Clips.GetValueOrDefault(image);

    /// <summary>The photo an image of the document shows; none when it did not resolve inside the folder.</summary>
    public PhotoRef? PhotoOf(LinkInline image) => Photos.GetValueOrDefault(image);
}
