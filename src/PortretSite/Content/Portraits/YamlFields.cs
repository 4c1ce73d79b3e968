using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Text;
using YamlDotNet.RepresentationModel;
using PortretSite.Content;

namespace PortretSite.Content.Portraits;

/// <summary>Typed reads of YAML nodes; every mismatch becomes a diagnostic at the node's line.</summary>
public sealed class YamlFields(string displayPath, int firstLine, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public string DisplayPath => displayPath;

    public int Line(YamlNode node) => (int)node.Start.Line + firstLine - 1;

    public void Error(YamlNode node, Message message) => diagnostics.Error(displayPath, Line(node), message);

    public void Warning(YamlNode node, Message message) => diagnostics.Warning(displayPath, Line(node), message);

    public static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar && (scalar.Value is null or "" or "~" or "null");

    /// <summary>The key/value pairs of a mapping, reporting keys that are not in <paramref name="known"/>.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping, IReadOnlyList<string> known, string prefix = "")
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key))
            {
                // A Dutch guess whose English key is not already the near miss by spelling ("titel") gets its English name.
                var nearMiss = DidYouMean.Suggest(key, known);
                Error(keyNode, DutchKeyNames.English(key) is { } english && known.Contains(english) && english != nearMiss
                    ? ContentMessages.DutchKey(prefix + key, prefix + english)
                    : ContentMessages.UnknownKey(prefix + key, nearMiss is null ? null : prefix + nearMiss));
                continue;
            }

            yield return (key, keyNode, value);
        }
    }

    public string? Text(string key, YamlNode node)
    {
        if (IsEmpty(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, ContentMessages.WrongType(key, ContentMessages.KindText, Describe(node)));
        return null;
    }

    public string? RequiredText(string key, YamlNode node)
    {
        var text = Text(key, node);
        if (string.IsNullOrWhiteSpace(text) && node is YamlScalarNode)
        {
            Error(node, ContentMessages.Required(key));
            return null;
        }

        return text?.Trim();
    }

    public IReadOnlyList<string> TextList(string key, YamlNode node)
    {
        if (IsEmpty(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, ContentMessages.WrongType(key, ContentMessages.KindList, Describe(node)));
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (Text(key, item) is { } text && !string.IsNullOrWhiteSpace(text))
            {
                items.Add(text.Trim());
            }
        }

        return items;
    }

    public PartialDate? Date(string key, YamlNode node)
    {
        var text = Text(key, node);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        Error(node, ContentMessages.NotADate(key, text));
        return null;
    }

    public bool? Boolean(string key, YamlNode node)
    {
        var text = Text(key, node);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "ja":
                return true;
            case "false" or "no" or "nee":
                return false;
            default:
                Error(node, ContentMessages.WrongType(key, ContentMessages.KindBoolean, text));
                return null;
        }
    }

    public YamlMappingNode? Mapping(string key, YamlNode node)
    {
        if (IsEmpty(node))
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, ContentMessages.WrongType(key, ContentMessages.KindMapping, Describe(node)));
        return null;
    }

    /// <summary>A list whose items are mappings (roles, timeline, people …).</summary>
    public IEnumerable<YamlMappingNode> MappingList(string key, YamlNode node)
    {
        if (IsEmpty(node))
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, ContentMessages.WrongType(key, ContentMessages.KindList, Describe(node)));
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                yield return mapping;
            }
            else
            {
                Error(item, ContentMessages.WrongType(key, ContentMessages.KindMapping, Describe(item)));
            }
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "keys with values",
        YamlScalarNode scalar => $"'{Shorten(scalar.Value ?? "")}'",
        _ => "something else",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
