using PortretSite.Foundation.Processes;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Audio;

/// <summary>What transcoding a recording gave: the clip's length in seconds, or the problem to report.</summary>
public sealed record TranscodeResult(double Seconds, Message? Problem = null, string? Detail = null)
{
    public static TranscodeResult Failed(Message problem, string? detail = null) => new(0, problem, detail);
}

/// <summary>
/// Debian's ffmpeg and ffprobe, run as processes: probe the recording, measure its loudness after trimming,
/// then write both encodings in one pass from the normalised sound. Nothing of the source's tags, chapters,
/// cover art or video reaches an output.
/// </summary>
public sealed class FfmpegTranscoder(string ffmpeg = "ffmpeg", string ffprobe = "ffprobe")
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Writes <paramref name="opusPath"/> and <paramref name="aacPath"/> from <paramref name="source"/>; refuses what is not sound or lasts longer than <paramref name="maxSeconds"/>.</summary>
    public async Task<TranscodeResult> TranscodeAsync(string source, string opusPath, string aacPath, int maxSeconds, CancellationToken cancellationToken)
    {
        try
        {
            var probe = await RunAsync(ffprobe, ["-v", "error", "-select_streams", "a", "-show_entries", "stream=codec_type:format=duration", "-of", "json", source], cancellationToken);
            if (probe.ExitCode != 0 || !HasAudio(probe.Output, out var seconds))
            {
                return TranscodeResult.Failed(AudioMessages.NotAudio, probe.Error);
            }

            if (seconds > maxSeconds)
            {
                return TranscodeResult.Failed(AudioMessages.TooLong(seconds, maxSeconds));
            }

            var measured = await RunAsync(ffmpeg, ["-hide_banner", "-nostdin", "-i", source, "-vn", "-sn", "-dn", "-af", SpeechRecipe.Measure, "-f", "null", "-"], cancellationToken);
            if (measured.ExitCode != 0)
            {
                return TranscodeResult.Failed(AudioMessages.NotAudio, Last(measured.Error));
            }

            if (ReadMeasure(measured.Error) is not { } measure)
            {
                return TranscodeResult.Failed(AudioMessages.Silent);
            }

            var normalised = opusPath + ".wav";
            try
            {
                var pass = await RunAsync(ffmpeg, ["-hide_banner", "-nostdin", "-v", "error", "-y", "-i", source, "-vn", "-sn", "-dn", "-map_metadata", "-1", "-map_chapters", "-1",
                    "-af", SpeechRecipe.Normalise(measure), "-ac", "1", "-bitexact", "-f", "wav", normalised], cancellationToken);
                if (pass.ExitCode != 0)
                {
                    return TranscodeResult.Failed(AudioMessages.TranscodeFailed, Last(pass.Error));
                }

                var encode = await RunAsync(ffmpeg, ["-hide_banner", "-nostdin", "-v", "error", "-y", "-i", normalised,
                    .. Stripped, "-c:a", "libopus", "-b:a", $"{SpeechRecipe.OpusKbps}k", "-application", "voip", "-f", "webm", opusPath,
                    .. Stripped, "-c:a", "aac", "-b:a", $"{SpeechRecipe.AacKbps}k", "-movflags", "+faststart", "-f", "ipod", aacPath], cancellationToken);
                if (encode.ExitCode != 0)
                {
                    return TranscodeResult.Failed(AudioMessages.TranscodeFailed, Last(encode.Error));
                }
            }
            finally
            {
                File.Delete(normalised);
            }

            var length = await RunAsync(ffprobe, ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", opusPath], cancellationToken);
            return double.TryParse(length.Output.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var made) && made > 0
                ? new TranscodeResult(made)
                : TranscodeResult.Failed(AudioMessages.Silent);
        }
        catch (Win32Exception ex)
        {
            return TranscodeResult.Failed(AudioMessages.FfmpegMissing, ex.Message);
        }
    }

    /// <summary>The options that keep each output free of the source's tags and of ffmpeg's own version strings.</summary>
    private static string[] Stripped => ["-map_metadata", "-1", "-map_chapters", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact"];

    private static bool HasAudio(string json, out double seconds)
    {
        seconds = 0;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var streams = root.TryGetProperty("streams", out var list) ? list.GetArrayLength() : 0;
            if (root.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var duration))
            {
                double.TryParse(duration.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds);
            }

            return streams > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The JSON loudnorm prints at the end of the first pass; null when it measured nothing (silence only).</summary>
    private static LoudnessMeasure? ReadMeasure(string log)
    {
        var start = log.LastIndexOf('{');
        var end = log.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(log[start..(end + 1)]);
            var m = document.RootElement;
            string Value(string name) => m.GetProperty(name).GetString() ?? "";
            var measure = new LoudnessMeasure(Value("input_i"), Value("input_tp"), Value("input_lra"), Value("input_thresh"), Value("target_offset"));
            return double.TryParse(measure.InputI, NumberStyles.Float, CultureInfo.InvariantCulture, out var loudness) && double.IsFinite(loudness) ? measure : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Last(string log) => log.Trim().Split('\n').LastOrDefault() ?? "";

    private static Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        ToolProcess.RunAsync(program, arguments, Timeout, cancellationToken);
}
