using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortretSite.Content;
using PortretSite.Publication;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary>Clips are checked like photos: inside the folder, present, a recording, listed before the story places them; a clip without transcript is a warning.</summary>
public sealed class ClipContentTests
{
    private const string Index = "input/portraits/maria/index.md";

    [Fact]
    public void A_clip_outside_the_folder_is_an_error_at_its_line()
    {
        using var site = new TempSite().WithFile("other", "audio/x.m4a", "not read").WithPortrait("maria", TempSite.Approved("Maria", """
            clips:
              - file: ../other/audio/x.m4a
                title: Elders
                transcript: Iets.
            """));

        var content = ContentLoader.Load(site.Root);

        DiagnosticAssert.HasError(content.Diagnostics, Index, 9, "'../other/audio/x.m4a' points outside the portrait folder; photos and files must be inside it");
    }

    [Fact]
    public void A_missing_clip_a_file_that_is_not_a_recording_and_an_unlisted_one_in_the_story_are_errors_at_their_lines()
    {
        using var site = new TempSite()
            .WithFile("maria", "audio/notes.txt", "tekst")
            .WithFile("maria", "audio/los.m4a", "x")
            .WithPortrait("maria", TempSite.Approved("Maria", """
                clips:
                  - file: audio/weg.m4a
                    title: Weg
                    transcript: Iets.
                  - file: audio/notes.txt
                    title: Notities
                    transcript: Iets.
                """, "Tekst.\n\n![Los](audio/los.m4a)\n"));

        var content = ContentLoader.Load(site.Root);

        DiagnosticAssert.HasError(content.Diagnostics, Index, 9, "'audio/weg.m4a' does not exist in the portrait folder");
        DiagnosticAssert.HasError(content.Diagnostics, Index, 12, "'audio/notes.txt' is not a recording (m4a, mp3, wav, ogg, opus, webm, aac or flac)");
        DiagnosticAssert.HasError(content.Diagnostics, Index, 18, "the recording 'audio/los.m4a' is placed in the story but not listed under clips: (add - file: audio/los.m4a with its title and transcript)");
    }

    [Fact]
    public void A_reading_that_hides_clips_has_none_and_its_story_places_none()
    {
        using var site = new TempSite()
            .WithFile("maria", "audio/a.m4a", "x")
            .WithPortrait("maria", TempSite.Approved("Maria", """
                clips:
                  - file: audio/a.m4a
                    title: De bakkerij
                    transcript: Iets.
                """, "Tekst.\n\n![De bakkerij](audio/a.m4a)\n"));
        var portrait = Assert.Single(ContentLoader.Load(site.Root).Portraits);
        var image = portrait.Story.Document!.Descendants<LinkInline>().Single(l => l.IsImage);
        Assert.NotNull(portrait.Story.ClipOf(image));

        var reading = PortraitReading.Without(portrait, new HashSet<string> { "clips" });

        Assert.Empty(reading.Clips);
        Assert.Null(reading.Story.ClipOf(image));
    }

    [Fact]
    public void A_clip_without_transcript_is_a_warning_and_a_transcript_file_is_read()
    {
        using var site = new TempSite()
            .WithFile("maria", "audio/a.m4a", "x")
            .WithFile("maria", "audio/b.m4a", "x")
            .WithFile("maria", "audio/b.txt", "Wat oma zei.\n")
            .WithPortrait("maria", TempSite.Approved("Maria", """
                clips:
                  - file: audio/a.m4a
                    title: Zonder tekst
                  - file: audio/b.m4a
                    title: Met tekst
                    transcript_file: audio/b.txt
                """));

        var content = ContentLoader.Load(site.Root);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        var warning = Assert.Single(content.Diagnostics, d => !d.IsError && d.Message.English.Contains("no transcript", StringComparison.Ordinal));
        Assert.Equal((Index, (int?)9), (warning.Path, warning.Line));
        var portrait = Assert.Single(content.Portraits);
        Assert.Equal([null, "Wat oma zei."], portrait.Clips.Select(c => c.Transcript));
    }
}
