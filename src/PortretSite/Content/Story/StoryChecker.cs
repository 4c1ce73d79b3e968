using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Portraits;
using PortretSite.Content;

namespace PortretSite.Content.Story;

/// <summary>
/// Checks the Markdown of a portrait before anything is rendered: photos inside the folder,
/// links a reader can follow, no raw HTML, no pathological nesting.
/// </summary>
public static class StoryChecker
{
    public const int MaxDepth = 16;

    public static void Check(StorySource source, string language, PortraitFolder folder, DiagnosticBag diagnostics)
    {
        var display = $"{folder.RelativePath}/{source.RelativePath}";
        if (!TryParse(source, language, out var document))
        {
            diagnostics.Error(display, DeepestLine(source), ContentMessages.TooDeep(MaxDepth));
            return;
        }

        int Line(MarkdownObject node) => node.Line + source.FirstLine;

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock html:
                    diagnostics.Error(display, Line(html), ContentMessages.RawHtml(Snippet(html.Lines.ToString())));
                    break;
                case HtmlInline html:
                    diagnostics.Error(display, Line(html), ContentMessages.RawHtml(Snippet(html.Tag)));
                    break;
                case LinkInline { IsImage: true } image:
                    folder.ResolvePhoto(image.Url ?? "", display, Line(image), diagnostics);
                    break;
                case LinkInline link when !IsFollowable(link.Url):
                    diagnostics.Error(display, Line(link), ContentMessages.BadLink(link.Url ?? ""));
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !IsFollowable(autolink.Url):
                    diagnostics.Error(display, Line(autolink), ContentMessages.BadLink(autolink.Url));
                    break;
                case ContainerBlock container when Depth(container) > MaxDepth:
                    diagnostics.Error(display, Line(container), ContentMessages.TooDeep(MaxDepth));
                    return;
            }
        }
    }

    /// <summary>Markdig refuses documents nested deeper than it can handle; that is the editor's problem to hear about, not a crash.</summary>
    public static bool TryParse(StorySource source, string language, out MarkdownDocument document)
    {
        try
        {
            document = Markdown.Parse(source.Markdown, StoryPipeline.For(language));
            return true;
        }
        catch (ArgumentException)
        {
            document = new MarkdownDocument();
            return false;
        }
    }

    /// <summary>The first line that opens more quotes or list levels than allowed.</summary>
    private static int DeepestLine(StorySource source)
    {
        var lines = source.Markdown.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().TakeWhile(c => c is '>' or ' ' or '-' or '*').Count(c => c is '>' or '-' or '*') > MaxDepth || (l.Length - l.TrimStart().Length) / 2 > MaxDepth);
        return (index < 0 ? 0 : index) + source.FirstLine;
    }

    public static bool IsFollowable(string? url) =>
        url is not null && (url.StartsWith('#')
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase));

    private static int Depth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        return depth;
    }

    private static string Snippet(string text)
    {
        var line = text.Trim().Split('\n')[0];
        return line.Length <= 40 ? line : line[..37] + "…";
    }
}
