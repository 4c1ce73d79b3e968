using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Recognition;

/// <summary>Messages about the fingerprint of what was recognised, in English and Dutch.</summary>
public static class RecognitionMessages
{
    public static Message BadFingerprint(string key) => new(
        $"{key} is not a fingerprint that 'portret approve' writes (sha256: and 64 hex digits); leave it to the command: run 'portret approve' again",
        $"{key} is geen vingerafdruk zoals 'portret approve' die schrijft (sha256: en 64 hexadecimale tekens); laat die aan het commando over: voer 'portret approve' opnieuw uit");

    public static Message BadFileFingerprint(string key, string written) => new(
        $"{key}: '{written}' is not 'hash path' as 'portret approve' writes it; run 'portret approve' again",
        $"{key}: '{written}' is geen 'hash pad' zoals 'portret approve' het schrijft; voer 'portret approve' opnieuw uit");

    public static Message NoSuchPortrait(string slug) => new(
        $"there is no portrait folder '{slug}'",
        $"er is geen portretmap '{slug}'");

    public static readonly Message FixFirst = new(
        "nothing approved: fix the problems above first, so what is recognised is what will be published",
        "niets goedgekeurd: los eerst de problemen hierboven op, zodat wat herkend wordt ook is wat gepubliceerd wordt");

    public static readonly Message NoFrontMatter = new(
        "nothing approved: the file has no front matter between '---' lines to write the approval into",
        "niets goedgekeurd: het bestand heeft geen front matter tussen '---'-regels om de goedkeuring in te schrijven");

    public static readonly Message NotKept = new(
        "nothing approved: with the approval written in, the portrait does not read as it should (see above); the file is left as it was",
        "niets goedgekeurd: met de goedkeuring erin leest het portret niet zoals het hoort (zie hierboven); het bestand blijft zoals het was");
}
