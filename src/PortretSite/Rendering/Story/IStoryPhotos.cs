using Markdig.Syntax.Inlines;

namespace PortretSite.Rendering.Story;

/// <summary>How the story renderer turns an image of the Markdown into HTML.</summary>
public interface IStoryPhotos
{
    /// <summary>A photo standing on its own line: a figure with a caption. Null when the photo is unknown.</summary>
    string? Figure(LinkInline image, string captionHtml, string captionText);

    /// <summary>A photo inside a sentence. Null when the photo is unknown.</summary>
    string? Inline(LinkInline image, string alt);
}
