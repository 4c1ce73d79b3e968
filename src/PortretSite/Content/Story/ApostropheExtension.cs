using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PortretSite.Content.Story;

/// <summary>
/// Typewriter apostrophes that smart quotes leave alone become real ones: inside words
/// ("it’s"), in Dutch elisions ("’t", "’s avonds") and before years ("’62").
/// </summary>
public sealed partial class ApostropheExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Replace;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Replace(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            if (!text.Contains('\'', StringComparison.Ordinal))
            {
                continue;
            }

            // Smart quotes split "'t" into separate literals, so judge each quote with its neighbours.
            var before = literal.PreviousSibling switch
            {
                null => " ",
                LiteralInline previous when previous.Content.Length > 0 => previous.Content.ToString()[^1..],
                _ => "x",
            };
            var after = (literal.NextSibling as LiteralInline)?.Content.ToString() ?? "";
            var replaced = Apostrophe().Replace(before + text + after, match =>
                match.Index >= before.Length && match.Index < before.Length + text.Length ? "\u2019" : match.Value);
            literal.Content = new StringSlice(replaced.Substring(before.Length, text.Length));
        }
    }

    [GeneratedRegex(@"(?<=\p{L})'(?=\p{L})|(?<=^|\s)'(?=(?:t|s|n|k)\b|\d{2}\b)")]
    private static partial Regex Apostrophe();
}
