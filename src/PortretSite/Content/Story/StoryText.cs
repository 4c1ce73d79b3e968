using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using PortretSite.Content.Portraits;

namespace PortretSite.Content.Story;

/// <summary>
/// The sources of a story joined into one Markdown text, so footnotes and heading ids are unique
/// across the story, with where each source lies in it: a line of the joined text is told back as
/// a line of its own file. A chapter file without a heading gets one from its file name.
/// </summary>
public sealed partial class StoryText
{
    private readonly List<Part> _parts = [];

    private StoryText(IReadOnlyList<StorySource> sources)
    {
        var text = new StringBuilder();
        var line = 0;
        foreach (var source in sources)
        {
            var start = line;
            var body = source.Markdown.TrimStart('\n');
            if (source.RelativePath != PortraitLoader.IndexFile && !body.TrimStart().StartsWith('#'))
            {
                text.Append("## ").Append(TitleFromFileName(source.RelativePath)).Append("\n\n");
            }

            _parts.Add(new Part(source, start, CountLines(text), source.Markdown.Length - body.Length));
            text.Append(body).Append("\n\n");
            line = CountLines(text);
        }

        Markdown = text.ToString();
    }

    public string Markdown { get; }

    public static StoryText Join(IReadOnlyList<StorySource> sources) => new(sources);

    /// <summary>The source a line of the joined text belongs to, and its line number in that file.</summary>
    public (StorySource Source, int Line) Locate(int line)
    {
        var part = _parts.Last(p => p.Start <= line);
        return (part.Source, Math.Max(line - part.BodyStart, 0) + part.TrimmedLines + part.Source.FirstLine);
    }

    /// <summary>
    /// Parses the joined text with the portrait's dialect. Editors head a chapter with '#' in a
    /// chapter file and with '##' in index.md: in each source the highest heading level present
    /// becomes a chapter (h2) and the rest follow below it.
    /// </summary>
    public bool TryParse(string language, out MarkdownDocument document)
    {
        if (!StoryPipeline.TryParse(Markdown, language, out document))
        {
            return false;
        }

        var headings = document.OfType<HeadingBlock>().GroupBy(h => _parts.FindLastIndex(p => p.Start <= h.Line));
        foreach (var source in headings)
        {
            var shift = 2 - source.Min(h => h.Level);
            foreach (var heading in source)
            {
                heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
            }
        }

        return true;
    }

    /// <summary>"02-werk-en-gezin.md" → "Werk en gezin".</summary>
    public static string TitleFromFileName(string fileName)
    {
        var words = NumberPrefix().Replace(Path.GetFileNameWithoutExtension(fileName), "").Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? fileName : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static int CountLines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += chunk.Span.Count('\n');
        }

        return count;
    }

    [GeneratedRegex(@"^\d+[-_ .]*")]
    private static partial Regex NumberPrefix();

    /// <param name="Start">The first line of the source's part, its made-up heading included.</param>
    /// <param name="BodyStart">The line its own text starts on.</param>
    /// <param name="TrimmedLines">Empty lines dropped from the top of its text.</param>
    private sealed record Part(StorySource Source, int Start, int BodyStart, int TrimmedLines);
}
