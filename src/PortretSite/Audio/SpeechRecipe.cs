using System.Globalization;

namespace PortretSite.Audio;

/// <summary>
/// How a recording becomes a clip: mono, silence under −50 dBFS trimmed at the start and the end, loudness normalised
/// to −19 LUFS integrated (EBU R128 measured; −19 LUFS for mono speech is what −16 LUFS is for stereo, the level
/// AES TD1004 recommends for speech listened to on phones), true peak at most −2 dBTP, then Opus at 28 kbit/s in
/// WebM (transparent for a voice) and AAC-LC at 48 kbit/s in M4A for browsers without Opus. Every tag is dropped.
/// </summary>
public static class SpeechRecipe
{
    /// <summary>Bump when any of the values below changes, so no cached clip of the old recipe is reused.</summary>
    public const string Version = "v2";

    public const double TargetLufs = -19;
    public const double TruePeak = -2;
    public const double LoudnessRange = 11;
    public const int OpusKbps = 28;
    public const int AacKbps = 48;
    public const int SampleRate = 48_000;

    /// <summary>Quieter than this at the start or the end is silence to trim: a room's hum, not a voice.</summary>
    public const string SilenceThreshold = "-50dB";

    public static string Fingerprint => $"{Version};{TargetLufs};{TruePeak};{LoudnessRange};{OpusKbps};{AacKbps};{SilenceThreshold}";

    /// <summary>
    /// Down to one channel first, so loudness is measured on what is encoded (a stereo recording measures 3 LU louder
    /// than its mono mix), then silence removed at the start, then (reversed) at the end.
    /// </summary>
    public static string Trim =>
        "aformat=channel_layouts=mono," +
        $"silenceremove=start_periods=1:start_threshold={SilenceThreshold}:start_silence=0.05,areverse," +
        $"silenceremove=start_periods=1:start_threshold={SilenceThreshold}:start_silence=0.05,areverse";

    public static string Measure => $"{Trim},loudnorm=I={Number(TargetLufs)}:TP={Number(TruePeak)}:LRA={Number(LoudnessRange)}:print_format=json";

    /// <summary>The second pass: the measured values make loudnorm apply one gain (linear) when the peak allows it.</summary>
    public static string Normalise(LoudnessMeasure m) =>
        $"{Trim},loudnorm=I={Number(TargetLufs)}:TP={Number(TruePeak)}:LRA={Number(LoudnessRange)}" +
        $":measured_I={m.InputI}:measured_TP={m.InputTp}:measured_LRA={m.InputLra}:measured_thresh={m.InputThreshold}:offset={m.Offset}:linear=true," +
        $"aresample={SampleRate}";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the first loudnorm pass measured, as ffmpeg printed it.</summary>
public sealed record LoudnessMeasure(string InputI, string InputTp, string InputLra, string InputThreshold, string Offset);
