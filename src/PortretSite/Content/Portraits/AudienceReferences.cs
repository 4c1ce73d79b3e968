using PortretSite.Content.Schema;
using PortretSite.Content.Settings;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Portraits;

/// <summary>The audiences a portrait or a page names, each checked against the settings and reported on its own line.</summary>
public static class AudienceReferences
{
    public static void CheckKnown(IEnumerable<string> audiences, YamlNode? written, SiteSettings settings, YamlFields fields)
    {
        if (written is null)
        {
            return;
        }

        foreach (var audience in audiences.Where(a => settings.FindAudience(a) is null))
        {
            var item = (written as YamlSequenceNode)?.Children.FirstOrDefault(c => (c as YamlScalarNode)?.Value?.Trim() == audience) ?? written;
            fields.Error(item, AudienceMessages.NotInSettings(audience, [.. settings.Audiences.Select(a => a.Id)]));
        }
    }
}
