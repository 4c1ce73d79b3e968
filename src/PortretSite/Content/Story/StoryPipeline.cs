using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;

namespace PortretSite.Content.Story;

/// <summary>
/// The Markdown dialect of a portrait: CommonMark, footnotes, heading ids and smart quotes in
/// the portrait's language. Raw HTML is parsed (so it can be reported) but never rendered.
/// One immutable pipeline per language, shared by all threads.
/// </summary>
public static class StoryPipeline
{
    private static readonly MarkdownPipeline Dutch = Build("nl");
    private static readonly MarkdownPipeline English = Build("en");

    public static MarkdownPipeline For(string language) => language == "en" ? English : Dutch;

    /// <summary>Markdig refuses documents nested deeper than it can handle; that is the editor's problem to hear about, not a crash.</summary>
    public static bool TryParse(string markdown, string language, out MarkdownDocument document)
    {
        try
        {
            document = Markdown.Parse(markdown, For(language));
            return true;
        }
        catch (ArgumentException)
        {
            document = new MarkdownDocument();
            return false;
        }
    }

    private static MarkdownPipeline Build(string language)
    {
        var quotes = new SmartyPantOptions();
        quotes.Mapping[SmartyPantType.LeftDoubleQuote] = language == "en" ? "\u201C" : "\u201E";
        quotes.Mapping[SmartyPantType.RightDoubleQuote] = "\u201D";
        quotes.Mapping[SmartyPantType.LeftQuote] = "\u2018";
        quotes.Mapping[SmartyPantType.RightQuote] = "\u2019";
        quotes.Mapping[SmartyPantType.Quote] = "\u2019";
        quotes.Mapping[SmartyPantType.Dash2] = "\u2013";
        quotes.Mapping[SmartyPantType.Dash3] = "\u2014";
        quotes.Mapping[SmartyPantType.Ellipsis] = "\u2026";
        quotes.Mapping[SmartyPantType.LeftAngleQuote] = "\u00AB";
        quotes.Mapping[SmartyPantType.RightAngleQuote] = "\u00BB";

        return new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseSmartyPants(quotes)
            .Use<ApostropheExtension>()
            .Build();
    }
}
