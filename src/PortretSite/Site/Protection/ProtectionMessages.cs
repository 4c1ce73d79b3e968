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
}
