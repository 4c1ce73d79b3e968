using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
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
/// Renders the Markdown of a portrait (the opening of <c>index.md</c> and every chapter file) into
/// chapters. A chapter starts at a level-1 or level-2 heading, or at a chapter file.
/// </summary>
public static partial class StoryRenderer
{
    public static RenderedStory Render(Portrait portrait, IStoryPhotos photos)
    {
        var pipeline = StoryPipeline.For(portrait.Language);
        var (text, sourceStarts) = Concatenate(portrait.Story);
        if (!TryParse(text, pipeline, out var document))
        {
            // The story checker has reported why; a portrait with errors is never published.
            return new RenderedStory([], null);
        }

        NormalizeHeadings(document, sourceStarts);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
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
                    current = new ChapterBuilder(heading.GetAttributes().Id ?? $"chapter-{chapters.Count + 1}", title, PlainText(title));
                    break;
                default:
                    current.Html.Append(Capture(renderer, writer, block));
                    break;
            }
        }

        current.AddTo(chapters);
        return new RenderedStory(chapters, footnotes);
    }

    /// <summary>
    /// One Markdown document of all sources, so footnotes and heading ids are unique across the
    /// story; with the line each source starts on.
    /// </summary>
    private static (string Text, List<int> SourceStarts) Concatenate(IReadOnlyList<StorySource> sources)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var line = 0;
        foreach (var source in sources)
        {
            starts.Add(line);
            var body = source.Markdown.TrimStart('\n');
            if (source.RelativePath != Content.Portraits.PortraitLoader.IndexFile && !body.TrimStart().StartsWith('#'))
            {
                text.Append("## ").Append(TitleFromFileName(source.RelativePath)).Append("\n\n");
            }

            text.Append(body).Append("\n\n");
            line = text.ToString().Count(c => c == '\n');
        }

        return (text.ToString(), starts);
    }

    /// <summary>
    /// Editors head a chapter with '#' in a chapter file and with '##' in index.md. In each
    /// source the highest heading level present becomes a chapter (h2) and the rest follow below it.
    /// </summary>
    private static void NormalizeHeadings(MarkdownDocument document, List<int> sourceStarts)
    {
        var headings = document.OfType<HeadingBlock>()
            .GroupBy(h => sourceStarts.FindLastIndex(start => start <= h.Line));
        foreach (var source in headings)
        {
            var shift = 2 - source.Min(h => h.Level);
            foreach (var heading in source)
            {
                heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
            }
        }
    }

    internal static bool TryParse(string markdown, MarkdownPipeline pipeline, out MarkdownDocument document)
    {
        try
        {
            document = Markdown.Parse(markdown, pipeline);
            return true;
        }
        catch (ArgumentException)
        {
            document = new MarkdownDocument();
            return false;
        }
    }

    /// <summary>"02-werk-en-gezin.md" → "Werk en gezin".</summary>
    public static string TitleFromFileName(string fileName)
    {
        var words = NumberPrefix().Replace(Path.GetFileNameWithoutExtension(fileName), "").Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? fileName : char.ToUpperInvariant(words[0]) + words[1..];
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

    [GeneratedRegex(@"^\d+[-_ .]*")]
    private static partial Regex NumberPrefix();

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
