using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Site.Protection;

/// <summary>Messages about passwords, secrets and encryption, in English and Dutch.</summary>
public static class ProtectionMessages
{
    public static Message NoPassword(string audience, string variable) => new(
        $"audience '{audience}' has no password: set {variable} or add a line '{audience}: …' to {SiteLayout.PasswordsFileName} (never to the repository)",
        $"doelgroep '{audience}' heeft geen wachtwoord: zet {variable} of voeg een regel '{audience}: …' toe aan {SiteLayout.PasswordsFileName} (nooit in de repository)");

    public static Message PasswordTooShort(string audience, int length) => new(
        $"a password of audience '{audience}' has only {length} characters; use a passphrase of at least 12 (several words are easiest to remember)",
        $"een wachtwoord van doelgroep '{audience}' heeft maar {length} tekens; gebruik een wachtzin van minstens 12 (een paar woorden onthoudt men het makkelijkst)");

    public static Message UnknownAudienceInPasswords(string audience, int line) => new(
        $"line {line}: '{audience}' is not an audience in {SiteLayout.SettingsFileName}",
        $"regel {line}: '{audience}' is geen doelgroep in {SiteLayout.SettingsFileName}");

    public static Message BadPasswordLine(int line) => new(
        $"line {line}: write 'audience-id: passphrase'",
        $"regel {line}: schrijf 'doelgroep-id: wachtzin'");

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
}
