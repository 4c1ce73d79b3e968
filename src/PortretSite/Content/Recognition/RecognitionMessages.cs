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
}
