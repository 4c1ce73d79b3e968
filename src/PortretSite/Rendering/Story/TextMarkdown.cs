using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using PortretSite.Content.Story;

namespace PortretSite.Rendering.Story;

/// <summary>Short Markdown texts from the front matter (legacy, observations): same dialect, no photos.</summary>
public static class TextMarkdown
{
    private static readonly IStoryPhotos NoPhotos = new NoPhotosInText();

    public static string? ToHtml(string? markdown, string language)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        StoryPipeline.For(language).Setup(renderer);
        StoryRenderers.Install(renderer, NoPhotos);
        if (!StoryPipeline.TryParse(markdown, language, out var document))
        {
            return "<p>" + System.Net.WebUtility.HtmlEncode(markdown) + "</p>";
        }

        renderer.Render(document);
        renderer.Writer.Flush();
        return writer.ToString();
    }

    private sealed class NoPhotosInText : IStoryPhotos
    {
        public string? Figure(LinkInline image, string captionHtml, string captionText) => null;

        public string? Inline(LinkInline image, string alt) => null;
    }
}
