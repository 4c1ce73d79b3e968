using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary>What <c>portret init</c> asks and says, in English and Dutch.</summary>
internal static class InitMessages
{
    public static readonly Message AskAudienceName = new(
        "Which family will read this site? Their name as they should see it (for example: The Peeters family): ",
        "Welke familie leest deze site? Haar naam zoals ze hem moet zien (bijvoorbeeld: Familie Peeters): ");

    public static readonly Message AudienceNeeded = new(
        "say which family will read the site: --audience-name \"The Peeters family\" (and optionally --audience family-peeters)",
        "zeg welke familie de site leest: --audience-name \"Familie Peeters\" (en eventueel --audience familie-peeters)");

    public static Message AlreadyThere(string file) => new(
        $"{file} already exists: this folder is already a site, or holds files of its own; choose a new or empty folder",
        $"{file} bestaat al: deze map is al een site, of bevat eigen bestanden; kies een nieuwe of lege map");

    public static Message Created(string folder) => new($"A new site in {folder}:", $"Een nieuwe site in {folder}:");

    public static Message NextSteps(string folder, string audience) => new(
        $"Next: cd {folder}, then portret new \"Full Name\". Before the first portrait is approved, put the family's passphrase in {SiteLayout.PasswordsFileName}: '{audience}: six words from portret passphrase' (see README.md).",
        $"Verder: cd {folder}, dan portret new \"Volledige Naam\". Voor het eerste portret goedgekeurd is: zet de wachtzin van de familie in {SiteLayout.PasswordsFileName}: '{audience}: zes woorden van portret passphrase' (zie README.md).");
}
