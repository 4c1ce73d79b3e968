using PortretSite.Audio;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Progress;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Audio;

/// <summary>Real recordings through the real ffmpeg: both encodings of the right length and loudness, without a tag, made once.</summary>
public sealed class ClipStageTests : IDisposable
{
    /// <summary>What a container says about itself, not about the recording: these may stay.</summary>
    private static readonly HashSet<string> StructuralTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "encoder", "major_brand", "minor_version", "compatible_brands", "language", "handler_name", "vendor_id", "duration",
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portret-clips-" + Guid.NewGuid().ToString("N")[..8]);

    public ClipStageTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string> Formats => [.. Recordings.Formats.Keys];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Each_format_becomes_opus_and_aac_trimmed_normalised_and_untagged(string extension)
    {
        var source = Path.Combine(_folder, "opname" + extension);
        Recordings.Tone(source, 3.0);
        var (stage, _) = Stage();
        var diagnostics = new DiagnosticBag();

        var catalog = await stage.ProcessAsync([new ClipJob(source, "input/portraits/x/audio/opname" + extension)], new LimitSettings(), diagnostics, SilentProgress.Instance, CancellationToken.None);

        DiagnosticAssert.NoErrors(diagnostics.ToList());
        var clip = Assert.Single(catalog.BySource.Values);
        Assert.Equal(3.0, clip.Seconds, 0.1);
        foreach (var variant in clip.Variants)
        {
            Assert.Equal(3.0, Recordings.Duration(variant.FullPath), 0.1);
            Assert.Equal(SpeechRecipe.TargetLufs, Recordings.Loudness(variant.FullPath), 1.0);
            var tags = Recordings.Tags(variant.FullPath);
            Assert.All(tags.Keys, name => Assert.Contains(name, StructuralTags));
            Assert.DoesNotContain(tags.Values, v => v.Contains("Zorblax", StringComparison.Ordinal) || v.Contains("+51.2194", StringComparison.Ordinal) || v.Contains("Fixture", StringComparison.Ordinal));
        }

        Assert.Equal([0x1A, 0x45, 0xDF, 0xA3], File.ReadAllBytes(clip.Opus.FullPath)[..4]);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(clip.Aac.FullPath), 4, 4));
    }

    [Fact]
    public async Task Speech_is_normalised_to_the_target_loudness_and_a_second_build_takes_it_from_the_cache()
    {
        var source = Path.Combine(_folder, "stem.m4a");
        Recordings.Speech(source, "nl", "Dit is de stem van oma. Ik vertel over de bakkerij op de hoek van de straat.");
        var (stage, _) = Stage();
        var job = new ClipJob(source, "input/portraits/x/audio/stem.m4a");

        var first = await stage.ProcessAsync([job], new LimitSettings(), new DiagnosticBag(), SilentProgress.Instance, CancellationToken.None);
        var second = await stage.ProcessAsync([job], new LimitSettings(), new DiagnosticBag(), SilentProgress.Instance, CancellationToken.None);

        Assert.Equal((1, 0), (first.Transcoded, first.FromCache));
        Assert.Equal((0, 1), (second.Transcoded, second.FromCache));
        var clip = Assert.Single(second.BySource.Values);
        Assert.True(Recordings.Duration(source) - clip.Seconds > 0.8, "the half seconds of silence around the sentence are trimmed");
        Assert.All(clip.Variants, v => Assert.Equal(SpeechRecipe.TargetLufs, Recordings.Loudness(v.FullPath), 1.0));
    }

    [Fact]
    public async Task A_file_that_is_not_audio_is_an_error_naming_it_and_the_others_still_process()
    {
        var fake = Path.Combine(_folder, "notitie.m4a");
        File.WriteAllText(fake, "Dit is geen opname maar een boodschappenlijst.");
        var real = Path.Combine(_folder, "echt.wav");
        Recordings.Tone(real, 2.0);
        var (stage, _) = Stage();
        var diagnostics = new DiagnosticBag();

        var catalog = await stage.ProcessAsync([new ClipJob(fake, "input/portraits/x/audio/notitie.m4a"), new ClipJob(real, "input/portraits/x/audio/echt.wav")], new LimitSettings(), diagnostics, SilentProgress.Instance, CancellationToken.None);

        DiagnosticAssert.HasError(diagnostics.ToList(), "input/portraits/x/audio/notitie.m4a", null, AudioMessages.NotAudio.English);
        Assert.NotNull(catalog.Find(real));
        Assert.Null(catalog.Find(fake));
    }

    [Fact]
    public async Task A_recording_longer_than_the_limit_is_an_error_that_says_how_to_raise_it()
    {
        var source = Path.Combine(_folder, "lang.wav");
        Recordings.Tone(source, 3.0);
        var (stage, _) = Stage();
        var diagnostics = new DiagnosticBag();

        await stage.ProcessAsync([new ClipJob(source, "input/portraits/x/audio/lang.wav")], new LimitSettings { MaxClipSeconds = 2 }, diagnostics, SilentProgress.Instance, CancellationToken.None);

        var error = Assert.Single(diagnostics.ToList(), d => d.IsError);
        Assert.Equal("input/portraits/x/audio/lang.wav", error.Path);
        Assert.Contains("Limits.MaxClipSeconds", error.Message.English, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (ClipStage Stage, ClipCache Cache) Stage()
    {
        var cache = new ClipCache(Path.Combine(_folder, "cache"));
        return (new ClipStage(new FfmpegTranscoder(), cache), cache);
    }
}
