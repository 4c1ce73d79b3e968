namespace PortretSite.Rendering.Story;

/// <summary>How the story renderer turns a photo reference in Markdown into HTML.</summary>
public interface IStoryPhotos
{
    /// <summary>A photo standing on its own line: a figure with a caption. Null when the photo is unknown.</summary>
    string? Figure(string url, string captionHtml, string captionText);

    /// <summary>A photo inside a sentence. Null when the photo is unknown.</summary>
    string? Inline(string url, string alt);
}
