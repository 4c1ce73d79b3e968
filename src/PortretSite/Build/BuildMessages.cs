using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Build;

/// <summary>Messages about running a build, in English and Dutch.</summary>
public static class BuildMessages
{
    public static Message WaitingForLock(string holder) => new(
        $"another build of this site is running (process and start time: {holder}); waiting for it to finish…",
        $"er loopt al een build van deze site (proces en starttijd: {holder}); wachten tot die klaar is…");

    public static Message OutputNotWritable(string folder, string reason) => new(
        $"cannot write the output ({reason}); the previous output in {folder} is unchanged",
        $"kan de uitvoer niet schrijven ({reason}); de vorige uitvoer in {folder} is ongewijzigd");

    /// <summary>The names of the stages in the summary's timings and the progress bars.</summary>
    public static class Stages
    {
        public static readonly Message Content = new("content", "inhoud");
        public static readonly Message Photos = new("photos", "foto's");
        public static readonly Message Images = new("images", "foto's");
        public static readonly Message Rendering = new("rendering", "pagina's");
        public static readonly Message Booklets = new("booklets", "boekjes");
        public static readonly Message Print = new("print", "boekjes");
        public static readonly Message Site = new("site", "site");
    }
}
