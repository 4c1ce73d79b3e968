using System.Globalization;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Audio;

/// <summary>Messages about recordings, in English and Dutch.</summary>
public static class AudioMessages
{
    public static readonly Message Empty = new("the recording is empty (0 bytes)", "het opnamebestand is leeg (0 bytes)");

    public static readonly Message NotAudio = new(
        "cannot read the recording: ffmpeg finds no sound in it; is it really a recording (m4a, mp3, wav, ogg, opus, webm)? Export it again from the recording app",
        "kan de opname niet lezen: ffmpeg vindt er geen geluid in; is het echt een opname (m4a, mp3, wav, ogg, opus, webm)? Exporteer ze opnieuw uit de opname-app");

    public static readonly Message Silent = new(
        "the recording holds only silence; nothing is left after trimming the silence at its start and end",
        "de opname bevat alleen stilte; na het wegknippen van de stilte aan begin en einde blijft er niets over");

    public static Message TooLong(double seconds, int max) => new(
        $"the recording lasts {Minutes(seconds)}, longer than the limit of {Minutes(max)}; cut the fragment you want, or raise Limits.MaxClipSeconds in {SiteLayout.SettingsFileName}",
        $"de opname duurt {Minutes(seconds)}, langer dan de grens van {Minutes(max)}; knip het fragment dat je wilt, of verhoog Limits.MaxClipSeconds in {SiteLayout.SettingsFileName}");

    public static Message TooLarge(long bytes, long max) => new(
        $"the recording is {Megabytes(bytes)} MB, more than the limit of {Megabytes(max)} MB (raise Limits.MaxFileMegabytes in {SiteLayout.SettingsFileName})",
        $"de opname is {Megabytes(bytes)} MB, meer dan de grens van {Megabytes(max)} MB (verhoog Limits.MaxFileMegabytes in {SiteLayout.SettingsFileName})");

    public static readonly Message FfmpegMissing = new(
        "ffmpeg is not installed, and recordings need it; run scripts/ensure-tools (or apt-get install ffmpeg)",
        "ffmpeg is niet geïnstalleerd, en opnames hebben het nodig; voer scripts/ensure-tools uit (of apt-get install ffmpeg)");

    public static readonly Message TranscodeFailed = new(
        "ffmpeg could not convert the recording; it may be damaged: copy it again from the phone or recorder",
        "ffmpeg kon de opname niet omzetten; ze is misschien beschadigd: kopieer ze opnieuw van de telefoon of recorder");

    public static readonly Message FileNotReadable = new(
        "cannot open the recording; is it still being copied, or open in another program?",
        "kan de opname niet openen; wordt ze nog gekopieerd, of is ze open in een ander programma?");

    /// <summary>A duration as people say it and players show it, in whole seconds counted down: <c>1:05</c>; never <c>0:00</c>.</summary>
    public static string Minutes(double seconds)
    {
        var whole = Math.Max(1, (int)Math.Floor(seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
}
