using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Publication;

/// <summary>Messages about who may read what, and with which password, in English and Dutch.</summary>
public static class PublicationMessages
{
    public static Message NoPassword(string audience, string variable) => new(
        $"audience '{audience}' has no password: set {variable} or add a line '{audience}: …' to {SiteLayout.PasswordsFileName} (never to the repository)",
        $"doelgroep '{audience}' heeft geen wachtwoord: zet {variable} of voeg een regel '{audience}: …' toe aan {SiteLayout.PasswordsFileName} (nooit in de repository)");

    public static Message NoPasswordYet(string audience, string variable) => new(
        $"audience '{audience}' has no password yet; 'portret build' needs one: set {variable} or add a line '{audience}: …' to {SiteLayout.PasswordsFileName} (never to the repository)",
        $"doelgroep '{audience}' heeft nog geen wachtwoord; 'portret build' heeft er een nodig: zet {variable} of voeg een regel '{audience}: …' toe aan {SiteLayout.PasswordsFileName} (nooit in de repository)");

    public static Message PasswordTooShort(string audience, int length) => new(
        $"a password of audience '{audience}' has only {length} characters; use a passphrase of at least 12 (several words are easiest to remember)",
        $"een wachtwoord van doelgroep '{audience}' heeft maar {length} tekens; gebruik een wachtzin van minstens 12 (een paar woorden onthoudt men het makkelijkst)");

    public static Message UnknownAudienceInPasswords(string audience, int line) => new(
        $"line {line}: '{audience}' is not an audience in {SiteLayout.SettingsFileName}",
        $"regel {line}: '{audience}' is geen doelgroep in {SiteLayout.SettingsFileName}");

    public static Message BadPasswordLine(int line) => new(
        $"line {line}: write 'audience-id: passphrase'",
        $"regel {line}: schrijf 'doelgroep-id: wachtzin'");

    public static Message AudienceWithoutPortraits(string audience) => new(
        $"audience '{audience}' has no published portrait: whoever types its password finds an empty site (approve a portrait with audiences: [{audience}], or remove the audience)",
        $"doelgroep '{audience}' heeft geen gepubliceerd portret: wie haar wachtwoord typt, vindt een lege site (keur een portret goed met audiences: [{audience}], of haal de doelgroep weg)");

    public static Message NoSuchPortrait(string slug) => new(
        $"there is no portrait folder '{slug}'",
        $"er is geen portretmap '{slug}'");
}
