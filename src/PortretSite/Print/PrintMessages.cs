using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Print;

/// <summary>Messages about printing booklets, in English and Dutch.</summary>
public static class PrintMessages
{
    public static readonly Message BrowserNotFound = new(
        "no Chromium, Chrome or Edge found to print booklets with; install one (Debian/Ubuntu: apt-get install chromium) or set PORTRET_CHROMIUM to its path, or build with --skip-print",
        "geen Chromium, Chrome of Edge gevonden om boekjes mee te drukken; installeer er een (Debian/Ubuntu: apt-get install chromium) of zet PORTRET_CHROMIUM op het pad ernaartoe, of bouw met --skip-print");

    public static Message ConfiguredBrowserMissing(string path) => new(
        $"PORTRET_CHROMIUM points to '{path}', which does not exist; set it to the browser's executable (for example /usr/bin/chromium) or unset it",
        $"PORTRET_CHROMIUM wijst naar '{path}', dat niet bestaat; zet het op het programma van de browser (bijvoorbeeld /usr/bin/chromium) of verwijder het");

    public static Message BrowserFailed(string detail) => new(
        $"the browser that prints booklets failed: {detail}",
        $"de browser die de boekjes drukt, faalde: {detail}");

    public static Message CardShortened(IReadOnlyList<string> parts) => new(
        $"the card (\"This is me\") was shortened to fit its one page: {string.Join(", ", parts)}; it points to the portrait there, or shorten those parts yourself",
        $"de kaart (\"Dit ben ik\") werd ingekort om op één blad te passen: {string.Join(", ", parts)}; ze verwijst daar naar het portret, of kort die delen zelf in");

    public static Message ReviewFontsNotEmbedded(IReadOnlyList<string> fonts) => new(
        $"the review copy has fonts that are not embedded ({string.Join(", ", fonts)}); a printer will substitute them — check the theme's fonts in assets/fonts",
        $"het leesexemplaar heeft lettertypes die niet ingebed zijn ({string.Join(", ", fonts)}); een printer vervangt ze — kijk de lettertypes van het thema na in assets/fonts");

    public static Message ReviewBrokenStreams(int count) => new(
        $"the review copy has {count} damaged stream(s) that a printer may not read; build again, and report it if it stays",
        $"het leesexemplaar heeft {count} beschadigde stroom/stromen die een printer mogelijk niet leest; bouw opnieuw, en meld het als het blijft");

    public static Message CardTooLong(int pages) => new(
        $"the card (\"This is me\") does not fit one page even shortened ({pages} pages); shorten address_as, helps or avoid",
        $"de kaart (\"Dit ben ik\") past ook ingekort niet op één blad ({pages} bladen); kort address_as, helps of avoid in");
}
