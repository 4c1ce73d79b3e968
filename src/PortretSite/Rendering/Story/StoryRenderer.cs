using System.Net;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PortretSite.Content.Portraits;
using PortretSite.Content.Story;

namespace PortretSite.Rendering.Story;

/// <summary>A chapter of the story: its heading (absent for the opening text) and its HTML.</summary>
public sealed record StoryChapter(string Id, string? TitleHtml, string? TitleText, string Html);

public sealed record RenderedStory(IReadOnlyList<StoryChapter> Chapters, string? FootnotesHtml)
{
    public IEnumerable<StoryChapter> TitledChapters => Chapters.Where(c => c.TitleText is not null);
}

/// <summary>
/// Renders the story of a portrait, parsed by the Content stage as one document, into chapters.
/// A chapter starts at a chapter heading (h2 once normalised), or at a chapter file.
/// </summary>
public static partial class StoryRenderer
{
    public static RenderedStory Render(Portrait portrait, IStoryPhotos photos)
    {
        if (portrait.Story.Document is not { } document)
        {
            // The story checker has reported why; a portrait with errors is never published.
            return new RenderedStory([], null);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        StoryPipeline.For(portrait.Language).Setup(renderer);
        StoryRenderers.Install(renderer, photos);

        var chapters = new List<StoryChapter>();
        string? footnotes = null;
        var current = new ChapterBuilder("opening", null, null);
        foreach (var block in document)
        {
            switch (block)
            {
                case FootnoteGroup group:
                    footnotes = Capture(renderer, writer, group);
                    break;
                case HeadingBlock { Level: 2 } heading:
                    current.AddTo(chapters);
                    var title = Capture(renderer, writer, () => renderer.WriteLeafInline(heading));
                    current = new ChapterBuilder(heading.TryGetAttributes()?.Id ?? $"chapter-{chapters.Count + 1}", title, PlainText(title));
                    break;
                default:
                    current.Html.Append(Capture(renderer, writer, block));
                    break;
            }
        }

        current.AddTo(chapters);
        return new RenderedStory(chapters, footnotes);
    }

    public static string PlainText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, "")).Trim();

    private static string Capture(HtmlRenderer renderer, StringWriter writer, MarkdownObject block) =>
        Capture(renderer, writer, () => renderer.Render(block));

    private static string Capture(HtmlRenderer renderer, StringWriter writer, Action render)
    {
        renderer.Writer.Flush();
        var start = writer.GetStringBuilder().Length;
        render();
        renderer.Writer.Flush();
        return writer.GetStringBuilder().ToString(start, writer.GetStringBuilder().Length - start);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    private sealed class ChapterBuilder(string id, string? titleHtml, string? titleText)
    {
        public System.Text.StringBuilder Html { get; } = new();

        public void AddTo(List<StoryChapter> chapters)
        {
            if (titleHtml is not null || Html.Length > 0)
            {
                chapters.Add(new StoryChapter(id, titleHtml, titleText, Html.ToString()));
            }
        }
    }
}
