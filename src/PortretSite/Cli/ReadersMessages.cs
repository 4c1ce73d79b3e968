using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary>What <c>portret readers</c> and <c>portret passphrase</c> say, in English and Dutch.</summary>
internal static class ReadersMessages
{
    public static readonly Message BadName = new(
        "a reader's name may not be empty or hold ':'",
        "de naam van een lezer mag niet leeg zijn of een ':' bevatten");

    public static readonly Message NoAudience = new(
        "name at least one audience with --audience",
        "noem minstens één doelgroep met --audience");

    public static Message UnknownAudience(string audience) => new(
        $"'{audience}' is not an audience in {SiteLayout.SettingsFileName}",
        $"'{audience}' is geen doelgroep in {SiteLayout.SettingsFileName}");

    public static Message AlreadyReader(string name) => new(
        $"'{name}' is already a reader; to give them a new passphrase, revoke them first, then add them again",
        $"'{name}' is al lezer; om een nieuwe wachtzin te geven: trek eerst in, voeg daarna opnieuw toe");

    public static Message NoSuchReader(string name) => new(
        $"there is no active reader '{name}' in {SiteLayout.ReadersFileName} (see: portret readers list)",
        $"er is geen actieve lezer '{name}' in {SiteLayout.ReadersFileName} (zie: portret readers list)");

    public static Message NoPassphraseHere(string name, string variable) => new(
        $"the passphrase of '{name}' is not on this computer: set {variable}, or revoke and add them again here",
        $"de wachtzin van '{name}' staat niet op deze computer: zet {variable}, of trek in en voeg hier opnieuw toe");

    public static Message Added(string name, string audiences, double bits, bool generated) => new(
        $"'{name}' reads {audiences} after the next build. Their passphrase ({(generated ? $"generated, {bits:0} bits" : $"chosen, about {bits:0} bits")}), shown only here — pass it on in person or with: portret readers card \"{name}\":",
        $"'{name}' leest {audiences} na de volgende build. De wachtzin ({(generated ? $"gemaakt, {bits:0} bits" : $"gekozen, ongeveer {bits:0} bits")}), alleen hier getoond — geef hem persoonlijk door, of met: portret readers card \"{name}\":");

    public static Message Revoked(string name, string audiences) => new(
        $"'{name}' is revoked. The next build gives {audiences} new keys: their passphrase, link and remembered devices open nothing of it, not even what did not change. Every other reader keeps working. What they saw or saved before stays with them.",
        $"'{name}' is ingetrokken. De volgende build geeft {audiences} nieuwe sleutels: de wachtzin, de link en onthouden toestellen openen er niets meer van, ook niet wat niet veranderde. Elke andere lezer blijft werken. Wat die persoon eerder zag of bewaarde, blijft bij hem of haar.");

    public static readonly Message NoSiteUrl = new(
        $"no SiteUrl in {SiteLayout.SettingsFileName}: this link opens the site built on this computer; set SiteUrl to the published address for links to share",
        $"geen SiteUrl in {SiteLayout.SettingsFileName}: deze link opent de site die op deze computer gebouwd is; zet SiteUrl op het gepubliceerde adres voor links om te delen");

    public static readonly Message LinkIsSecret = new(
        "whoever has this link reads what this reader reads, as with the passphrase: send it only to them, in a private message",
        "wie deze link heeft, leest wat deze lezer leest, net als met de wachtzin: stuur hem alleen naar hen, in een privébericht");

    public static Message CardWritten(string path) => new(
        $"invitation card written to {path} (git-ignored); it holds the passphrase: print it, hand it over, then delete the file",
        $"uitnodigingskaart geschreven naar {path} (git negeert ze); ze bevat de wachtzin: druk af, geef af, en verwijder dan het bestand");

    public static Message Entropy(int words, int listSize, double bits) => new(
        $"{words} words from a list of {listSize}: {bits:0.0} bits of entropy",
        $"{words} woorden uit een lijst van {listSize}: {bits:0.0} bits entropie");

    public static Message TooWeak(double bits) => new(
        $"this passphrase is too weak (about {bits:0} bits; at least 50 needed): leave out --passphrase to get six random words",
        $"deze wachtzin is te zwak (ongeveer {bits:0} bits; minstens 50 nodig): laat --passphrase weg voor zes willekeurige woorden");

    public static readonly Message ListHeader = new("name · audiences · added · revoked · passphrase here", "naam · doelgroepen · toegevoegd · ingetrokken · wachtzin hier");

    public static readonly Message NoReaders = new(
        $"no readers yet; add one with: portret readers add \"Name\" --audience <id>",
        $"nog geen lezers; voeg er een toe met: portret readers add \"Naam\" --audience <id>");
}
