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

    public static Message ChangedSinceApproval(string slug, string by, string on, IReadOnlyList<string> files) => new(
        $"changed since {by} recognised it on {on} ({Changed(files).English}); it is left out of the site and the booklets until it is recognised again; after reading it together, record that with: portret approve {slug} --by \"{by}\" (or whoever recognised it now)",
        $"gewijzigd sinds {by} het herkende op {on} ({Changed(files).Dutch}); het blijft weg van de site en uit de boekjes tot het opnieuw herkend is; lees het samen na en leg dat vast met: portret approve {slug} --by \"{by}\" (of wie het nu herkende)");

    public static Message ApprovedWithoutFingerprint(string slug, string by, string on) => new(
        $"approved without a fingerprint of what was recognised, so a later change would go unnoticed; it is published as before; record it with: portret approve {slug} --by \"{by}\" --on {on}",
        $"goedgekeurd zonder vingerafdruk van wat herkend werd, dus een latere wijziging zou onopgemerkt blijven; het wordt gepubliceerd zoals voorheen; leg die vast met: portret approve {slug} --by \"{by}\" --on {on}");

    public static Message NoConsent(string audience, Message who) => new(
        $"audience '{audience}' has no consent from {who.English}: the portrait is not published to it; add a consent that covers it under consent:, or take '{audience}' out of audiences",
        $"doelgroep '{audience}' heeft geen toestemming van {who.Dutch}: het portret wordt er niet voor gepubliceerd; voeg onder consent: een toestemming toe die haar dekt, of haal '{audience}' uit audiences");

    public static Message NoPrintConsent(Message who) => new(
        $"no consent to print from {who.English}: this portrait gets no booklet; add print: true to that consent when the booklet may be printed",
        $"geen toestemming om te drukken van {who.Dutch}: dit portret krijgt geen boekje; zet print: true bij die toestemming als het boekje gedrukt mag worden");

    /// <summary>Whose consent is missing, and why it is needed.</summary>
    public static Message Who(ConsentNeed need, string day) => need switch
    {
        ConsentNeed.Person => new(
            $"the person themselves (relation: self; under {ConsentRules.AgeOfConsent} on {day}, both the person and a parent or guardian consent)",
            $"de persoon zelf (relation: self; jonger dan {ConsentRules.AgeOfConsent} op {day}: zowel de persoon als een ouder of voogd geven toestemming)"),
        ConsentNeed.ParentOrGuardian => new(
            $"a parent or guardian (relation: parent or guardian), as the person was under {ConsentRules.AgeOfConsent} on {day}",
            $"een ouder of voogd (relation: parent of guardian), want de persoon was jonger dan {ConsentRules.AgeOfConsent} op {day}"),
        ConsentNeed.Representative => new(
            "the family member who speaks for the person who died (relation: representative)",
            "het familielid dat spreekt voor de overleden persoon (relation: representative)"),
        _ => new(
            "the person, or a guardian or representative who speaks for them",
            "de persoon, of een voogd of vertegenwoordiger die voor de persoon spreekt"),
    };

    private static Message Changed(IReadOnlyList<string> files) => files.Count == 0
        ? new("the fingerprint no longer matches", "de vingerafdruk klopt niet meer")
        : new($"changed: {string.Join(", ", files)}", $"gewijzigd: {string.Join(", ", files)}");

    public static Message ReviewPasswordMade(string slug, string file) => new(
        $"made a review passphrase for '{slug}' in {file}: give it to the person in person, with the review edition (output/review/site)",
        $"leeswachtwoord gemaakt voor '{slug}' in {file}: geef het de persoon zelf, samen met de inzage-editie (output/review/site)");

    public static Message ReviewPasswordTooWeak(string slug, double bits) => new(
        $"the review passphrase of '{slug}' is too weak (about {bits:0} bits; at least 50 needed): remove it and a build makes one of random words",
        $"het leeswachtwoord van '{slug}' is te zwak (ongeveer {bits:0} bits; minstens 50 nodig): verwijder het en een build maakt er een uit willekeurige woorden");

    public static Message BadReviewPasswordLine(int line) => new(
        $"line {line}: write 'slug: passphrase'",
        $"regel {line}: schrijf 'slug: wachtzin'");
}
