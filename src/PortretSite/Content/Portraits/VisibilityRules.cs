using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Portraits;

/// <summary>
/// The rules of <c>visibility:</c> and <c>print:</c> that need the whole portrait: a part or a booklet goes only
/// to audiences of the portrait, and observations that several audiences would read are a choice made on purpose.
/// </summary>
public static class VisibilityRules
{
    public const string VisibilityKey = "visibility";

    public static void Check(Portrait portrait, YamlMappingNode root, YamlFields fields)
    {
        var visibility = Child(root, VisibilityKey) as YamlMappingNode;
        foreach (var (part, audiences) in portrait.Visibility)
        {
            var written = visibility is null ? null : Child(visibility, part);
            CheckAmongReaders($"{VisibilityKey}.{part}", audiences, written ?? root, portrait, fields);
        }

        if (portrait.PrintAudience is { } printed && !portrait.Audiences.Contains(printed))
        {
            var node = (Child(root, "print") as YamlMappingNode) is { } print ? Child(print, "audience") ?? print : root;
            fields.Error(node, VisibilityMessages.NotAnAudienceOfThePortrait("print.audience", printed, portrait.Audiences));
        }

        if (portrait.Observations is not null && portrait.Audiences.Count > 1 && !portrait.Visibility.ContainsKey("observations"))
        {
            fields.Warning(Child(root, "observations") ?? root, VisibilityMessages.ObservationsForEveryone(portrait.Audiences));
        }
    }

    /// <summary>Each audience in <paramref name="audiences"/> must read the portrait; one that does not is reported on its own line.</summary>
    public static void CheckAmongReaders(string key, IEnumerable<string> audiences, YamlNode written, Portrait portrait, YamlFields fields)
    {
        foreach (var audience in audiences.Where(a => !portrait.Audiences.Contains(a)))
        {
            var item = (written as YamlSequenceNode)?.Children.FirstOrDefault(c => (c as YamlScalarNode)?.Value?.Trim() == audience) ?? written;
            fields.Error(item, VisibilityMessages.NotAnAudienceOfThePortrait(key, audience, portrait.Audiences));
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode scalar && scalar.Value == key).Value;
}
