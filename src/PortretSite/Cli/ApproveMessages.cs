using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary>What <c>portret approve</c> says, in English and Dutch.</summary>
internal static class ApproveMessages
{
    public static Message Approved(string display, string by, string on, string fingerprint, int files) => new(
        $"{display}: approved by {by} on {on}; status: approved; fingerprint {fingerprint[..19]}… over {files} files. A change to the text or the photos now keeps it off the site until it is approved again.",
        $"{display}: goedgekeurd door {by} op {on}; status: approved; vingerafdruk {fingerprint[..19]}… over {files} bestanden. Een wijziging aan de tekst of de foto's houdt het nu van de site tot het opnieuw goedgekeurd is.");

    public static readonly Message EmptyName = new(
        "--by is empty: who recognised the portrait?",
        "--by is leeg: wie heeft het portret herkend?");

    public static Message BadDate(string written) => new(
        $"--on '{written}' is not a date: write YYYY-MM-DD",
        $"--on '{written}' is geen datum: schrijf JJJJ-MM-DD");
}
