using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Build;

/// <summary>Messages about running a build, in English and Dutch.</summary>
public static class BuildMessages
{
    public static Message WaitingForLock(string holder) => new(
        $"another build of this site is running (process and start time: {holder}); waiting for it to finish…",
        $"er loopt al een build van deze site (proces en starttijd: {holder}); wachten tot die klaar is…");

    public static Message NoSuchPortrait(string slug) => new(
        $"there is no portrait folder '{slug}'",
        $"er is geen portretmap '{slug}'");

    public static Message OutputNotWritable(string folder, string reason) => new(
        $"cannot write the output ({reason}); the previous output in {folder} is unchanged",
        $"kan de uitvoer niet schrijven ({reason}); de vorige uitvoer in {folder} is ongewijzigd");
}
