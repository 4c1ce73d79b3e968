using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Portraits;

/// <summary>
/// What a portrait hears about an audience the settings do not know. It never guesses which
/// family was meant: a near-miss may be another family, and a life story must not go to them.
/// </summary>
public static class AudienceMessages
{
    public static Message NotInSettings(string id, IReadOnlyList<string> known) => new(
        $"audiences: '{id}' is not an audience in {SiteLayout.SettingsFileName}; to add this family, write \"{id}\": \"Family …\" under \"Audiences\" there"
            + (known.Count == 0 ? " (it has none yet)" : $" (its audiences now: {string.Join(", ", known)})"),
        $"audiences: '{id}' is geen doelgroep in {SiteLayout.SettingsFileName}; om deze familie toe te voegen, schrijf daar onder \"Audiences\" \"{id}\": \"Familie …\""
            + (known.Count == 0 ? " (er zijn er nog geen)" : $" (de doelgroepen nu: {string.Join(", ", known)})"));
}
