using PortretSite.Content.FrontMatter;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Portraits;

/// <summary>
/// An extra chapter of a portrait: plain Markdown, or Markdown under a front matter of its own whose one key,
/// <c>audiences</c>, restricts the chapter to some of the portrait's audiences.
/// </summary>
public static class ChapterFile
{
    public const string AudiencesKey = "audiences";

    public static StorySource? Read(string name, string text, string display, Portrait portrait, DiagnosticBag diagnostics)
    {
        // A chapter that opens with a thematic break and never closes it is Markdown, as it always was.
        if (FrontMatterSplitter.Split(text) is not ({ } document, _))
        {
            return new StorySource(name, 1, text);
        }

        var source = new StorySource(name, document.BodyFirstLine, document.Body);
        if (string.IsNullOrWhiteSpace(document.Yaml))
        {
            return source;
        }

        if (FrontMatterParser.Parse(document, display, diagnostics) is not { } keys)
        {
            return null;
        }

        var fields = new YamlFields(display, document.YamlFirstLine, diagnostics);
        foreach (var (_, _, value) in fields.Entries(keys, [AudiencesKey]))
        {
            var audiences = fields.TextList(AudiencesKey, value).Distinct(StringComparer.Ordinal).ToList();
            if (audiences.Count == 0)
            {
                fields.Error(value, VisibilityMessages.EmptyList(AudiencesKey));
                continue;
            }

            VisibilityRules.CheckAmongReaders(AudiencesKey, audiences, value, portrait, fields);
            source = source with { Audiences = audiences };
        }

        return source;
    }
}
