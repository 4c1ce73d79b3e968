using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>
/// Per named part a list of audience ids (<c>visibility: { observations: [team] }</c>): an unknown part gets a
/// did-you-mean hint, an empty list is reported, since a part nobody may read is better left out of the portrait.
/// Whether the audiences belong to the portrait is checked once the whole portrait is known.
/// </summary>
public sealed class PartAudiencesType(IReadOnlyList<string> parts) : ValueType<IReadOnlyDictionary<string, IReadOnlyList<string>>>
{
    public override Message Description => new("per part a list of audience ids", "per onderdeel een lijst van doelgroep-ids");

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> Absent { get; } = new Dictionary<string, IReadOnlyList<string>>();

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string path, YamlNode node, BindingContext context)
    {
        var restricted = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (context.Fields.Mapping(path, node) is not { } mapping)
        {
            return restricted;
        }

        foreach (var (part, _, value) in context.Fields.Entries(mapping, parts, path + "."))
        {
            var audiences = context.Fields.TextList($"{path}.{part}", value).Distinct(StringComparer.Ordinal).ToList();
            if (audiences.Count == 0)
            {
                context.Fields.Error(value, VisibilityMessages.EmptyList($"{path}.{part}"));
                continue;
            }

            restricted[part] = audiences;
        }

        return restricted;
    }
}
