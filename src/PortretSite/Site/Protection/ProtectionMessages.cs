using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Site.Protection;

/// <summary>Messages about passwords, secrets and encryption, in English and Dutch.</summary>
public static class ProtectionMessages
{
    public static Message BadSecret(string source) => new(
        $"the site secret in {source} is not 32 bytes of base64 or hex; run 'portret rotate' to make a new one",
        $"het sitegeheim in {source} is geen 32 bytes base64 of hex; maak een nieuw met 'portret rotate'");

    public static Message SecretCreated(string path) => new(
        $"created a new site secret in {path}: keep it safe and out of git (it is git-ignored); without it, remembered devices must unlock again",
        $"nieuw sitegeheim gemaakt in {path}: bewaar het goed en buiten git (git negeert het); zonder dit geheim moeten onthouden toestellen opnieuw ontgrendelen");

    public static Message SecretRotated(string path) => new(
        $"new site secret written to {path}; the next build encrypts everything anew and old copies cannot decrypt it",
        $"nieuw sitegeheim geschreven naar {path}; de volgende build versleutelt alles opnieuw en oude kopieën kunnen het niet ontsleutelen");

    public static readonly Message SecretFromEnvironment = new(
        "the site secret comes from PORTRET_SITE_SECRET; change that variable instead (for example to the output of: openssl rand -base64 32)",
        "het sitegeheim komt uit PORTRET_SITE_SECRET; verander die variabele (bijvoorbeeld naar de uitvoer van: openssl rand -base64 32)");

    public static Message NewEpochRevoked(string audience, IReadOnlyList<string> readers, int passwords) => new(
        $"{audience}: new keys — {Taken(readers, passwords).English} no longer open it, not even what did not change",
        $"{audience}: nieuwe sleutels — {Taken(readers, passwords).Dutch} openen het niet meer, ook niet wat niet veranderde");

    public static Message NewEpochAdded(string audience) => new(
        $"{audience}: new keys — a passphrase was added; every other passphrase and remembered device keeps working",
        $"{audience}: nieuwe sleutels — er kwam een wachtzin bij; elke andere wachtzin en elk onthouden toestel blijft werken");

    public static Message PortraitTakenAway(string slug, IReadOnlyList<string> audiences) => new(
        $"{slug}: new keys — {string.Join(", ", audiences)} no longer read it",
        $"{slug}: nieuwe sleutels — {string.Join(", ", audiences)} lezen het niet meer");

    private static Message Taken(IReadOnlyList<string> readers, int passwords)
    {
        var named = readers.Select(r => $"'{r}'").ToList();
        var english = named.Concat(passwords > 0 ? [passwords == 1 ? "a removed password" : $"{passwords} removed passwords"] : []);
        var dutch = named.Concat(passwords > 0 ? [passwords == 1 ? "een weggenomen wachtwoord" : $"{passwords} weggenomen wachtwoorden"] : []);
        return new(string.Join(" and ", english), string.Join(" en ", dutch));
    }
}
