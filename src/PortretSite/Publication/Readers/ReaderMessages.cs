using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Publication.Readers;

/// <summary>Messages about readers and their passphrases, in English and Dutch.</summary>
public static class ReaderMessages
{
    public static readonly Message NoReadersList = new(
        "write { \"Readers\": [ { \"Name\": …, \"Audiences\": [ … ], \"Added\": \"YYYY-MM-DD\" } ] }",
        "schrijf { \"Readers\": [ { \"Name\": …, \"Audiences\": [ … ], \"Added\": \"JJJJ-MM-DD\" } ] }");

    public static readonly Message BadEntry = new(
        "a reader needs a \"Name\" (without ':') and a list of \"Audiences\"",
        "een lezer heeft een \"Name\" (zonder ':') en een lijst \"Audiences\" nodig");

    public static Message Unreadable(string detail) => new($"not valid JSON: {detail}", $"geen geldige JSON: {detail}");

    public static Message Twice(string name) => new($"reader '{name}' is listed twice", $"lezer '{name}' staat er twee keer in");

    public static Message UnknownAudience(string name, string audience) => new(
        $"reader '{name}': '{audience}' is not an audience in {SiteLayout.SettingsFileName}",
        $"lezer '{name}': '{audience}' is geen doelgroep in {SiteLayout.SettingsFileName}");

    public static Message BadDate(string text) => new($"'{text}' is not a date as YYYY-MM-DD", $"'{text}' is geen datum als JJJJ-MM-DD");

    public static Message NoPassphrase(string name, string variable) => new(
        $"reader '{name}' has no passphrase on this computer: set {variable}, or run 'portret readers add \"{name}\" …' here",
        $"lezer '{name}' heeft geen wachtzin op deze computer: zet {variable}, of voer hier 'portret readers add \"{name}\" …' uit");

    public static Message TooWeak(string who, double bits) => new(
        $"the passphrase of {who} is too weak (about {bits:0} bits; at least 50 needed): make one with 'portret passphrase' — six random words",
        $"de wachtzin van {who} is te zwak (ongeveer {bits:0} bits; minstens 50 nodig): maak er een met 'portret passphrase' — zes willekeurige woorden");
}
