using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// Recordings made for a test with the real tools: a spoken sentence from espeak-ng, or a tone of an exact length,
/// padded with silence and tagged the way a phone tags them (a title and a location), in any container ffmpeg writes.
/// </summary>
public static class Recordings
{
    /// <summary>ffmpeg's output options per file extension, as recording apps make them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Formats = new Dictionary<string, string[]>
    {
        [".m4a"] = ["-c:a", "aac", "-b:a", "96k"],
        [".mp3"] = ["-c:a", "libmp3lame", "-b:a", "128k"],
        [".wav"] = ["-c:a", "pcm_s16le"],
        [".ogg"] = ["-c:a", "libvorbis"],
        [".opus"] = ["-c:a", "libopus", "-b:a", "48k"],
        [".webm"] = ["-c:a", "libopus", "-b:a", "48k"],
    };

    /// <summary>A 440 Hz tone of exactly <paramref name="seconds"/> at −30 dBFS with a second of silence before and after, stereo, tagged.</summary>
    public static void Tone(string path, double seconds)
    {
        var tone = seconds.ToString(CultureInfo.InvariantCulture);
        Ffmpeg(["-f", "lavfi", "-i", $"anullsrc=r=44100:cl=stereo:d=1", "-f", "lavfi", "-i", $"sine=frequency=440:sample_rate=44100:duration={tone}", "-f", "lavfi", "-i", "anullsrc=r=44100:cl=stereo:d=1",
            "-filter_complex", "[1]volume=-27dB,aformat=channel_layouts=stereo[t];[0][t][2]concat=n=3:v=0:a=1", .. Tagged(path)]);
    }

    /// <summary>A sentence spoken by espeak-ng in <paramref name="voice"/>, with half a second of silence around it, tagged.</summary>
    public static void Speech(string path, string voice, string text)
    {
        var wav = path + ".speech.wav";
        Run("espeak-ng", ["-v", voice, "-w", wav, text]);
        Ffmpeg(["-f", "lavfi", "-i", "anullsrc=r=22050:cl=mono:d=0.5", "-i", wav, "-f", "lavfi", "-i", "anullsrc=r=22050:cl=mono:d=0.5",
            "-filter_complex", "[0][1][2]concat=n=3:v=0:a=1", .. Tagged(path)]);
        File.Delete(wav);
    }

    public static double Duration(string path) =>
        double.Parse(Run("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path]).Trim(), CultureInfo.InvariantCulture);

    /// <summary>The integrated loudness ffmpeg's EBU R128 meter measures, in LUFS.</summary>
    public static double Loudness(string path)
    {
        var log = Run("ffmpeg", ["-hide_banner", "-nostdin", "-i", path, "-af", "ebur128", "-f", "null", "-"], stderr: true);
        var summary = log[log.LastIndexOf("Integrated loudness:", StringComparison.Ordinal)..];
        var value = summary[(summary.IndexOf("I:", StringComparison.Ordinal) + 2)..summary.IndexOf("LUFS", StringComparison.Ordinal)];
        return double.Parse(value.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Every tag ffprobe finds in the file, on the container and on each stream.</summary>
    public static IReadOnlyDictionary<string, string> Tags(string path)
    {
        using var json = JsonDocument.Parse(Run("ffprobe", ["-v", "error", "-show_entries", "format_tags:stream_tags", "-of", "json", path]));
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Collect(JsonElement element)
        {
            if (element.TryGetProperty("tags", out var found))
            {
                foreach (var tag in found.EnumerateObject())
                {
                    tags[tag.Name] = tag.Value.ToString();
                }
            }
        }

        if (json.RootElement.TryGetProperty("format", out var format))
        {
            Collect(format);
        }

        if (json.RootElement.TryGetProperty("streams", out var streams))
        {
            foreach (var stream in streams.EnumerateArray())
            {
                Collect(stream);
            }
        }

        return tags;
    }

    private static string[] Tagged(string path) =>
        ["-metadata", "title=Geheime opname bij Zorblax", "-metadata", "location=+51.2194+004.4025/", "-metadata", "artist=Fixture Phone Owner", .. Formats[Path.GetExtension(path)], "-y", path];

    private static void Ffmpeg(string[] arguments) => Run("ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", .. arguments]);

    private static string Run(string program, string[] arguments, bool stderr = false)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {error}");
        }

        return stderr ? error : output.Result;
    }
}
