using PortretSite.Content.Portraits;
using PortretSite.Content.Recognition;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content.Recognition;

/// <summary><c>portret approve</c> edits lines: the editor's comments, key order and layout stay, only the approval's lines change.</summary>
public sealed class ApproveTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    public static TheoryData<string> SamplePortraits() => [.. SampleSite.Portraits];

    [Theory]
    [MemberData(nameof(SamplePortraits))]
    public void Approving_a_sample_portrait_changes_only_the_approval_lines(string slug)
    {
        var root = Path.Combine(Path.GetTempPath(), "portret-approve-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            SampleSite.CopyTo(root, withTheme: false);
            var index = Path.Combine(root, "input", "portraits", slug, "index.md");
            var before = File.ReadAllLines(index);
            var diagnostics = new DiagnosticBag();

            var written = Approver.Approve(root, slug, "Lieve Verhaegen", Day, diagnostics);

            Assert.True(written is not null, string.Join("\n", diagnostics.ToList()));
            var after = File.ReadAllLines(index);
            Assert.Equal(WithoutApproval(before), WithoutApproval(after));
            Assert.Contains("status: approved", after);
            var block = ApprovalBlock(after);
            Assert.Equal(["approved:", "  by: Lieve Verhaegen", "  on: 2026-03-14", $"  fingerprint: {written.Fingerprint.Written}", "  files:"], block.Take(5));
            Assert.Equal(written.Fingerprint.Files.Select(f => $"    - {f.Written}"), block.Skip(5));
            Assert.Equal(ApprovalState.Recognised, ApprovalCheck.Of(Load(root, slug)).State);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_comment_after_status_or_inside_the_approval_stays_and_an_older_fingerprint_is_replaced()
    {
        using var site = new TempSite().WithPhoto("maria", "photos/dijk.jpg").WithPortrait("maria", """
            ---
            name: Maria
            status: review   # she reads it on Sunday
            approved:
              # her own words
              by: Maria
              on: 2024-01-02
              fingerprint: sha256:0000000000000000000000000000000000000000000000000000000000000000
              files:
                - 000000000000 index.md
            audiences: [family-a]
            ---
            Words.
            """);

        Assert.NotNull(Approver.Approve(site.Root, "maria", "Maria: \"yes, that's me\"", Day, new DiagnosticBag()));

        var lines = File.ReadAllLines(Path.Combine(site.PortraitFolder("maria"), "index.md"));
        Assert.Equal("status: approved   # she reads it on Sunday", lines[2]);
        Assert.Equal(["approved:", "  # her own words", "  by: \"Maria: \\\"yes, that's me\\\"\"", "  on: 2026-03-14"], lines[3..7]);
        Assert.StartsWith("  fingerprint: sha256:", lines[7], StringComparison.Ordinal);
        Assert.Equal(["  files:", "    - "], [lines[8], lines[9][..6]]);
        Assert.EndsWith(" index.md", lines[9], StringComparison.Ordinal);
        Assert.EndsWith(" photos/dijk.jpg", lines[10], StringComparison.Ordinal);
        Assert.Equal("audiences: [family-a]", lines[11]);
        var portrait = Load(site.Root, "maria");
        Assert.Equal("Maria: \"yes, that's me\"", portrait.Approved!.By);
        Assert.Equal(ApprovalState.Recognised, ApprovalCheck.Of(portrait).State);
    }

    [Fact]
    public void An_approval_on_one_line_is_written_out_below_its_key_and_a_missing_status_goes_before_it()
    {
        using var site = new TempSite().WithPortrait("maria", "---\r\nname: Maria\r\napproved: { by: Maria, on: 2024-01-02 }\r\naudiences: [family-a]\r\n---\r\nWords.\r\n");

        Assert.NotNull(Approver.Approve(site.Root, "maria", "Maria", Day, new DiagnosticBag()));

        var text = File.ReadAllText(Path.Combine(site.PortraitFolder("maria"), "index.md"));
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.Equal(["---", "name: Maria", "status: approved", "approved:", "  by: Maria", "  on: 2026-03-14"], lines[..6]);
        Assert.Equal("audiences: [family-a]", lines[9]);
    }

    [Fact]
    public void A_portrait_with_errors_or_one_that_approval_would_break_is_left_as_it_was()
    {
        const string Broken = "---\nname: Maria\nborn: 19xx\naudiences: [family-a]\n---\nWords.\n";
        const string NoAudiences = "---\nname: Jan\nstatus: review\n---\nWords.\n";
        using var site = new TempSite().WithPortrait("maria", Broken).WithPortrait("jan", NoAudiences);

        var broken = new DiagnosticBag();
        var noAudiences = new DiagnosticBag();
        Assert.Null(Approver.Approve(site.Root, "maria", "Maria", Day, broken));
        Assert.Null(Approver.Approve(site.Root, "jan", "Jan", Day, noAudiences));
        Assert.Null(Approver.Approve(site.Root, "nobody", "Jan", Day, new DiagnosticBag()));

        Assert.Equal(Broken, File.ReadAllText(Path.Combine(site.PortraitFolder("maria"), "index.md")));
        Assert.Equal(NoAudiences, File.ReadAllText(Path.Combine(site.PortraitFolder("jan"), "index.md")));
        Assert.Contains(broken.ToList(), d => d is { Path: "input/portraits/maria/index.md", Line: 3 });
        Assert.Contains(noAudiences.ToList(), d => d.Message.English.Contains("audiences", StringComparison.Ordinal));
        Assert.Contains(noAudiences.ToList(), d => d.Message == RecognitionMessages.NotKept);
    }

    /// <summary>The lines outside the status line and the approval block.</summary>
    private static List<string> WithoutApproval(string[] lines)
    {
        var block = ApprovalBlockRange(lines);
        return [.. lines.Where((line, i) => !line.StartsWith("status:", StringComparison.Ordinal) && !(block is { } b && i >= b.Start && i < b.End))];
    }

    private static string[] ApprovalBlock(string[] lines) => ApprovalBlockRange(lines) is { } b ? lines[b.Start..b.End] : [];

    private static (int Start, int End)? ApprovalBlockRange(string[] lines)
    {
        var start = Array.IndexOf(lines, "approved:");
        if (start < 0)
        {
            return null;
        }

        var end = start + 1;
        while (end < lines.Length && lines[end].StartsWith(' '))
        {
            end++;
        }

        return (start, end);
    }

    private static Portrait Load(string root, string slug)
    {
        var diagnostics = new DiagnosticBag();
        var portrait = new PortraitLoader(SettingsLoader.Load(root, diagnostics)!).Load(Path.Combine(root, "input", "portraits", slug), "input/portraits/" + slug, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToList()));
        return portrait!;
    }
}
