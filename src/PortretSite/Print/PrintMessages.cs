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
}
