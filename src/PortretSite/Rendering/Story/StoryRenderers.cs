using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PortretSite.Rendering.Story;

/// <summary>
/// The HTML renderers that make Markdown a portrait: figures for photos, quotes with their
/// speaker, headings below the page title, and raw HTML shown as text, never executed.
/// </summary>
internal static class StoryRenderers
{
    public static void Install(HtmlRenderer renderer, IStoryPhotos photos)
    {
        renderer.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new FigureParagraphRenderer(photos));
        renderer.ObjectRenderers.ReplaceOrAdd<QuoteBlockRenderer>(new AttributedQuoteRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new PageHeadingRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new PhotoAwareLinkRenderer(photos) { Rel = "noopener noreferrer" });
        if (renderer.ObjectRenderers.Find<HtmlFootnoteLinkRenderer>() is { } footnotes)
        {
            footnotes.BackLinkString = "\u2191";
        }
    }

    /// <summary>Renders inlines on their own, for captions and attributions.</summary>
    public static string RenderInlines(HtmlRenderer context, IEnumerable<Inline> inlines)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        foreach (var extensionRenderer in context.ObjectRenderers.OfType<HtmlSmartyPantRenderer>())
        {
            renderer.ObjectRenderers.Add(extensionRenderer);
        }

        foreach (var inline in inlines)
        {
            renderer.Write(inline);
        }

        renderer.Writer.Flush();
        return writer.ToString();
    }

    private sealed class FigureParagraphRenderer(IStoryPhotos photos) : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (paragraph.Inline?.FirstChild is LinkInline { IsImage: true } image && image.NextSibling is null)
            {
                var caption = RenderInlines(renderer, image);
                var figure = photos.Figure(image, caption, StoryRenderer.PlainText(caption));
                if (figure is not null)
                {
                    renderer.EnsureLine().Write(figure).WriteLine();
                    return;
                }
            }

            base.Write(renderer, paragraph);
        }
    }

    private sealed class PhotoAwareLinkRenderer(IStoryPhotos photos) : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (link.IsImage)
            {
                var html = photos.Inline(link, StoryRenderer.PlainText(RenderInlines(renderer, link)));
                if (html is not null)
                {
                    renderer.Write(html);
                }

                return;
            }

            base.Write(renderer, link);
        }
    }

    /// <summary>A quote whose last line starts with a dash names its speaker: "— Oma Maria".</summary>
    private sealed class AttributedQuoteRenderer : QuoteBlockRenderer
    {
        protected override void Write(HtmlRenderer renderer, QuoteBlock quote)
        {
            if (quote.LastChild is not ParagraphBlock { Inline: { } inlines } || FindAttribution(inlines, quote.Count > 1) is not { } start)
            {
                base.Write(renderer, quote);
                return;
            }

            var lineBreak = FindLineBreakBefore(start);
            var before = TakeUntil(inlines.FirstChild, lineBreak ?? start);
            var attribution = TakeUntil(start, null);

            renderer.EnsureLine().Write("<figure class=\"quote\">").Write("<blockquote>").WriteLine();
            foreach (var child in quote.Take(quote.Count - 1))
            {
                renderer.Write(child);
            }

            if (before.Count > 0)
            {
                renderer.Write("<p>").Write(RenderInlines(renderer, before)).Write("</p>").WriteLine();
            }

            renderer.Write("</blockquote>").WriteLine()
                .Write("<figcaption>").Write(RenderInlines(renderer, attribution).TrimStart()).Write("</figcaption>")
                .Write("</figure>").WriteLine();
        }

        private static Inline? FindAttribution(ContainerInline inlines, bool afterOtherParagraphs)
        {
            for (var inline = inlines.LastChild; inline is not null; inline = inline.PreviousSibling)
            {
                if (inline is LineBreakInline)
                {
                    var next = SkipEmpty(inline.NextSibling);
                    return StartsWithDash(next) ? next : null;
                }
            }

            // The speaker on a paragraph of its own, after the quoted text.
            var first = SkipEmpty(inlines.FirstChild);
            return afterOtherParagraphs && StartsWithDash(first) ? first : null;
        }

        private static Inline? SkipEmpty(Inline? inline)
        {
            while (inline is LiteralInline { Content.IsEmpty: true })
            {
                inline = inline.NextSibling;
            }

            return inline;
        }

        private static LineBreakInline? FindLineBreakBefore(Inline start)
        {
            var previous = start.PreviousSibling;
            while (previous is LiteralInline { Content.IsEmpty: true })
            {
                previous = previous.PreviousSibling;
            }

            return previous as LineBreakInline;
        }

        private static bool StartsWithDash(Inline? inline) => inline switch
        {
            LiteralInline literal => literal.Content.Length > 1 && literal.Content.Text[literal.Content.Start] is '—' or '―' or '–',
            SmartyPant { Type: SmartyPantType.Dash2 or SmartyPantType.Dash3 } => true,
            _ => false,
        };

        /// <summary>The inlines from <paramref name="first"/> up to (not including) <paramref name="stop"/>, dropping the leading dash.</summary>
        private static List<Inline> TakeUntil(Inline? first, Inline? stop)
        {
            var taken = new List<Inline>();
            for (var inline = first; inline is not null && inline != stop; inline = inline.NextSibling)
            {
                taken.Add(inline);
            }

            if (stop is null && taken.Count > 0)
            {
                taken[0] = taken[0] switch
                {
                    LiteralInline literal => new LiteralInline(literal.Content.ToString().TrimStart('—', '―', '–', ' ')),
                    SmartyPant => new LiteralInline(""),
                    var other => other,
                };
            }

            return taken;
        }
    }

    /// <summary>The page title is the person's name (h1); the story's headings start at h2.</summary>
    private sealed class PageHeadingRenderer : HeadingRenderer
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var level = Math.Clamp(heading.Level, 2, 6);
            renderer.Write("<h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteAttributes(heading).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('>').WriteLine();
        }
    }

    private sealed class EscapedHtmlBlockRenderer : HtmlBlockRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block) =>
            renderer.Write("<p>").WriteEscape(block.Lines.ToString()).Write("</p>").WriteLine();
    }

    private sealed class EscapedHtmlInlineRenderer : HtmlInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
    }
}
