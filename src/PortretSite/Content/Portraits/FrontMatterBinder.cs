using PortretSite.Content.Schema;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Portraits;

/// <summary>Turns the YAML front matter of <c>index.md</c> into a <see cref="Portrait"/> through <see cref="PortraitSchema"/>, then checks the rules that span keys.</summary>
public sealed class FrontMatterBinder(YamlFields fields, PortraitFolder folder)
{
    public static IReadOnlyList<string> TopKeys => PortraitSchema.Root.Names;

    /// <summary>The portrait the front matter describes; its <see cref="Portrait.Photos"/> are the photos listed there.</summary>
    public Portrait Bind(YamlMappingNode root, Portrait seed)
    {
        var values = PortraitSchema.Root.BindValues(root, "", new BindingContext(fields, folder));
        var portrait = PortraitSchema.Build(values, seed);
        if (values.Node(PortraitSchema.Audiences) is { } audiencesNode)
        {
            portrait = portrait with { AudiencesLine = fields.Line(audiencesNode) };
        }

        // A message about the approval points at its key, where the block starts.
        if (portrait.Approved is { } approval && root.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var name } && name == PortraitSchema.Approved.Name) is { } approvedKey)
        {
            portrait = portrait with { Approved = approval with { Line = fields.Line(approvedKey) } };
        }

        if (portrait.Born is { } born && portrait.Died is { } died && died.End < born.Start && values.Node(PortraitSchema.Died) is { } diedNode)
        {
            fields.Error(diedNode, ContentMessages.DiedBeforeBorn);
        }

        if (portrait.Status == PortraitStatus.Approved && values.Node(PortraitSchema.Status) is { } statusNode)
        {
            // A written approval block that lacks by or on is reported at that block, naming what is missing.
            if (portrait.Approved is null && values.Node(PortraitSchema.Approved) is null)
            {
                fields.Error(statusNode, ContentMessages.ApprovedNeedsApproval);
            }

            if (portrait.Audiences.Count == 0)
            {
                fields.Error(statusNode, ContentMessages.ApprovedNeedsAudiences);
            }
        }

        return portrait;
    }
}
