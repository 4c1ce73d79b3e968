using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Build;

/// <summary>Messages about running a build, in English and Dutch.</summary>
public static class BuildMessages
{
    // The lock is held exclusively, so who holds it cannot be read while it is held.
    public static readonly Message WaitingForLock = new(
        "another build of this site, or its preview (portret serve), is busy; waiting for it to finish…",
        "er loopt al een build of de voorvertoning (portret serve) van deze site; wachten tot die klaar is…");

    public static Message OutputNotWritable(string folder, string reason) => new(
        $"cannot write the output ({reason}); the previous output in {folder} is unchanged",
        $"kan de uitvoer niet schrijven ({reason}); de vorige uitvoer in {folder} is ongewijzigd");

    public static readonly Message NoSiteUrlForClips = new(
        "the booklets have recordings but the settings name no SiteUrl, so they print without QR codes; set SiteUrl to the address the site is published at",
        "de boekjes hebben opnames maar de instellingen noemen geen SiteUrl, dus ze worden zonder QR-codes gedrukt; zet SiteUrl op het adres waar de site gepubliceerd is");

    /// <summary>The names of the stages in the summary's timings and the progress bars.</summary>
    public static class Stages
    {
        public static readonly Message Content = new("content", "inhoud");
        public static readonly Message Photos = new("photos", "foto's");
        public static readonly Message Images = new("images", "foto's");
        public static readonly Message Clips = new("recordings", "opnames");
        public static readonly Message Rendering = new("rendering", "pagina's");
        public static readonly Message Booklets = new("booklets", "boekjes");
        public static readonly Message Print = new("print", "boekjes");
        public static readonly Message Site = new("site", "site");
    }
}
