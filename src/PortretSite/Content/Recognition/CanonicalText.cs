using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Recognition;

/// <summary>
/// Text as a reader meets it, for the fingerprint: comments of the front matter, line wrapping, indentation and
/// extra spaces left out; words, punctuation and paragraph breaks kept.
/// </summary>
public static partial class CanonicalText
{
    /// <summary>Paragraphs (split at blank lines) with their whitespace collapsed. A story holds no comments: raw HTML is refused.</summary>
    public static string Of(string text)
    {
        var paragraphs = BlankLines().Split(text.ReplaceLineEndings("\n"))
            .Select(p => Whitespace().Replace(p, " ").Trim())
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>
    /// The values of front matter as one string: mapping keys in name order (the order keys are written in
    /// changes nothing a reader sees), list items in their order, every text through <see cref="Of"/>.
    /// YAML comments are gone already: the parser does not keep them.
    /// </summary>
    public static string Of(YamlNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private static void Append(StringBuilder text, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                text.Append('{');
                foreach (var (key, value) in mapping.Children.OrderBy(c => Scalar(c.Key), StringComparer.Ordinal))
                {
                    text.Append(JsonSerializer.Serialize(Scalar(key))).Append(':');
                    Append(text, value);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case YamlSequenceNode sequence:
                text.Append('[');
                foreach (var item in sequence.Children)
                {
                    Append(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case YamlScalarNode scalar:
                text.Append(JsonSerializer.Serialize(Of(scalar.Value ?? "")));
                break;
        }
    }

    private static string Scalar(YamlNode node) => node is YamlScalarNode { Value: { } value } ? value : "";

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
