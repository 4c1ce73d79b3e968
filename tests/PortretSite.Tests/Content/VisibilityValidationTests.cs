using PortretSite.Content;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary><c>visibility:</c>, a chapter's own <c>audiences:</c> and <c>print: audience:</c>, each mistake reported at its file and line.</summary>
public sealed class VisibilityValidationTests : IDisposable
{
    private const string Index = "input/portraits/maria/index.md";
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>An approved portrait read by <paramref name="audiences"/>; <paramref name="extra"/> starts on line 8.</summary>
    private static string Portrait(string extra, string audiences = "family-a, family-b") =>
        $"---\nname: Maria\nstatus: approved\napproved:\n  by: Maria\n  on: 2024-10-02\naudiences: [{audiences}]\n{extra.TrimEnd('\n')}\n---\nTekst.\n";

    private IReadOnlyList<Diagnostic> Load(string index)
    {
        _site.WithPortrait("maria", index);
        return ContentLoader.Load(_site.Root).Diagnostics;
    }

    [Fact]
    public void Restricted_parts_and_chapters_load_with_their_audiences()
    {
        _site.WithFile("maria", "02-familie.md", "---\naudiences: [family-a]\n---\n# Voor de familie\n\nTekst.\n");
        var content = ContentLoader.Load(_site.WithPortrait("maria", Portrait("observations: Ze slaapt slecht.\nvisibility:\n  observations: [family-b]\n  photos: [family-a]\nprint:\n  audience: family-b")).Root);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        Assert.DoesNotContain(content.Diagnostics, d => d.Path == Index);
        var portrait = Assert.Single(content.Portraits);
        Assert.Equal(["family-b"], portrait.Visibility["observations"]);
        Assert.Equal(["family-a"], portrait.Visibility["photos"]);
        Assert.Equal("family-b", portrait.PrintAudience);
        var chapter = Assert.Single(portrait.Story.Sources, s => s.RelativePath == "02-familie.md");
        Assert.Equal(["family-a"], chapter.Audiences);
        Assert.Equal(4, chapter.FirstLine);
    }

    [Fact]
    public void An_unknown_part_gets_a_did_you_mean() =>
        DiagnosticAssert.HasError(Load(Portrait("visibility:\n  observatons: [family-b]")), Index, 9, "unknown key 'visibility.observatons'; did you mean 'visibility.observations'?");

    [Fact]
    public void An_audience_that_does_not_read_the_portrait_is_reported_on_its_own_line() =>
        DiagnosticAssert.HasError(Load(Portrait("visibility:\n  wishes:\n    - family-a\n    - family-b", audiences: "family-a")), Index, 11,
            "visibility.wishes: 'family-b' does not read this portrait; its audiences are: family-a");

    [Fact]
    public void An_empty_list_is_an_error() =>
        DiagnosticAssert.HasError(Load(Portrait("visibility:\n  wishes: []")), Index, 9,
            "visibility.wishes: the list of audiences is empty; name who may read it, or leave the part out of the portrait");

    [Fact]
    public void The_booklet_audience_must_read_the_portrait() =>
        DiagnosticAssert.HasError(Load(Portrait("print:\n  audience: family-b", audiences: "family-a")), Index, 9,
            "print.audience: 'family-b' does not read this portrait; its audiences are: family-a");

    [Fact]
    public void Observations_read_by_several_audiences_warn_until_written_out()
    {
        var warned = Load(Portrait("observations: Ze slaapt slecht."));
        Assert.Contains(warned, d => d.Severity == Severity.Warning && d.Path == Index && d.Line == 8 && d.Message.English.StartsWith("observations are read by every audience of this portrait (family-a, family-b)", StringComparison.Ordinal));

        var decided = Load(Portrait("observations: Ze slaapt slecht.\nvisibility:\n  observations: [family-a, family-b]"));
        Assert.DoesNotContain(decided, d => d.Path == Index);

        var alone = Load(Portrait("observations: Ze slaapt slecht.", audiences: "family-a"));
        Assert.DoesNotContain(alone, d => d.Path == Index);
    }

    [Theory]
    [InlineData("---\naudiences: [family-c]\n---\n# X\n", 2, "audiences: 'family-c' does not read this portrait; its audiences are: family-a, family-b")]
    [InlineData("---\naudiences: []\n---\n# X\n", 2, "audiences: the list of audiences is empty; name who may read it, or leave the part out of the portrait")]
    [InlineData("---\naudience: [family-a]\n---\n# X\n", 2, "unknown key 'audience'; did you mean 'audiences'?")]
    public void A_chapters_audiences_are_checked_in_the_chapter_file(string chapter, int line, string message)
    {
        _site.WithFile("maria", "02-x.md", chapter);

        DiagnosticAssert.HasError(Load(Portrait("")), "input/portraits/maria/02-x.md", line, message);
    }
}
