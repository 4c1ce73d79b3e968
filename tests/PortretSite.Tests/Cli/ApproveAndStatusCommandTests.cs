using System.Text.Json;
using PortretSite.Build;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Cli;

/// <summary>
/// <c>portret approve</c> and <c>portret status</c> on a copy of the sample: every approved portrait
/// approved again with a fingerprint and built, then one changed after approval and consent written for two.
/// </summary>
public sealed class ApproveAndStatusCommandTests : IDisposable
{
    private const string Changed = "josee-verhaegen";
    private const string Chapter = "02-werk-liefde-en-gezin.md";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "portret-status-" + Guid.NewGuid().ToString("N")[..8]);

    public ApproveAndStatusCommandTests() => SampleSite.CopyTo(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task One_portrait_changed_after_approval_is_withheld_and_the_status_names_it_its_files_and_the_consents()
    {
        var approved = Portraits().Where(p => p.Status == PortraitStatus.Approved).ToList();
        foreach (var portrait in approved)
        {
            var approve = await PortretProcess.RunAsync("approve", portrait.Slug, "--by", portrait.Approved!.By, "--on", portrait.Approved.On.ToString(), "--root", _root);
            Assert.True(approve.ExitCode == 0, approve.Error);
            Assert.StartsWith($"input/portraits/{portrait.Slug}/index.md: goedgekeurd door {portrait.Approved.By} op {portrait.Approved.On}", approve.Output, StringComparison.Ordinal);
        }

        var build = await Run(new BuildOptions { Root = _root, Output = Path.Combine(_root, "output"), SkipPrint = true, Protect = false });
        Assert.Equal(approved.Count, build.PortraitsPublished);

        var chapter = Path.Combine(_root, "input", "portraits", Changed, Chapter);
        File.WriteAllText(chapter, File.ReadAllText(chapter) + "\nEén zin erbij, na de goedkeuring.\n");
        AddConsent("arthur-penhale", "  - by: Arthur Penhale\n    on: 2025-09-14\n    audiences: [familie-verhaegen]");
        // Noor's consent, from her and a parent, is in the sample already.

        var check = await Run(new BuildOptions { Root = _root, Output = Path.Combine(_root, "output"), CheckOnly = true });
        var skipped = Assert.Single(check.Skipped, s => s.Status == PortraitStatus.Approved);
        Assert.Equal((Changed, PlanReason.ChangedSinceApproval), (skipped.Slug, skipped.Reason));
        var warning = Assert.Single(check.Diagnostics, d => d.Message.English.StartsWith("changed since", StringComparison.Ordinal));
        Assert.Equal($"input/portraits/{Changed}/index.md", warning.Path);
        Assert.NotNull(warning.Line);
        Assert.Contains($"(changed: {Chapter})", warning.Message.English, StringComparison.Ordinal);
        Assert.Contains($"portret approve {Changed} --by \"Josée Verhaegen-De Smet\"", warning.Message.English, StringComparison.Ordinal);
        // Arthur's consent leaves out one of his audiences: the build will not publish to it.
        var error = Assert.Single(check.Diagnostics, d => d.IsError);
        Assert.Equal("input/portraits/arthur-penhale/index.md", error.Path);
        Assert.StartsWith("audience 'familie-el-amrani' has no consent", error.Message.English, StringComparison.Ordinal);

        var text = await PortretProcess.RunAsync("status", "--root", _root);
        Assert.Equal(0, text.ExitCode);
        var rows = text.Output.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.StartsWith("Laatste build: ", rows[0], StringComparison.Ordinal);
        Assert.Matches(@"^portret\s+status\s+goedgekeurd\s+gewijzigd sinds goedkeuring\s+doelgroepen met toestemming\s+zonder toestemming\s+drukken\s+laatste build$", rows[1]);
        Assert.Matches($@"^{Changed}\s+approved\s+Josée Verhaegen-De Smet, 2023-06-10\s+ja: {Chapter}\s+niet vastgelegd\s+—\s+niet vastgelegd\s+gepubliceerd$", Row(rows, Changed));
        Assert.Matches(@"^arthur-penhale\s+approved\s+Arthur Penhale, 2025-09-14\s+nee\s+familie-verhaegen\s+familie-el-amrani\s+nee\s+gepubliceerd$", Row(rows, "arthur-penhale"));
        Assert.Matches(@"^noor-el-amrani\s+approved\s+.+, 2025-06-20\s+nee\s+familie-el-amrani\s+—\s+ja\s+gepubliceerd$", Row(rows, "noor-el-amrani"));
        Assert.Matches(@"^frans-verhaegen\s+review\s+—\s+—\s+niet vastgelegd\s+—\s+niet vastgelegd\s+niet gepubliceerd$", Row(rows, "frans-verhaegen"));
        Assert.Contains("problemen in de inhoud", text.Error, StringComparison.Ordinal);

        var json = await PortretProcess.RunAsync("status", "--json", "--root", _root);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("lastBuild").ValueKind);
        var bySlug = document.RootElement.GetProperty("portraits").EnumerateArray().ToDictionary(p => p.GetProperty("slug").GetString()!);
        var josee = bySlug[Changed];
        Assert.Equal("changed-since-approval", josee.GetProperty("approval").GetString());
        Assert.Equal([Chapter], josee.GetProperty("changedFiles").EnumerateArray().Select(f => f.GetString()));
        Assert.True(josee.GetProperty("publishedInLastBuild").GetBoolean());
        Assert.Equal("recognised", bySlug["arthur-penhale"].GetProperty("approval").GetString());
        var consent = bySlug["arthur-penhale"].GetProperty("consent");
        Assert.Equal((true, false), (consent.GetProperty("recorded").GetBoolean(), consent.GetProperty("print").GetBoolean()));
        Assert.Equal(["familie-el-amrani"], consent.GetProperty("without").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2025-06-20", bySlug["noor-el-amrani"].GetProperty("approved").GetProperty("on").GetString());
        Assert.Equal("not-approved", bySlug["frans-verhaegen"].GetProperty("approval").GetString());
    }

    [Fact]
    public async Task Approve_refuses_an_unknown_portrait_and_a_date_it_cannot_read()
    {
        var unknown = await PortretProcess.RunAsync("approve", "nobody", "--by", "Jan", "--root", _root);
        var badDate = await PortretProcess.RunAsync("approve", "frans-verhaegen", "--by", "Frans", "--on", "14 maart", "--root", _root);

        Assert.Equal((1, "input/portraits: er is geen portretmap 'nobody'"), (unknown.ExitCode, unknown.Error.Trim()));
        Assert.Equal((2, "--on '14 maart' is geen datum: schrijf JJJJ-MM-DD"), (badDate.ExitCode, badDate.Error.Trim()));
    }

    private static string Row(List<string> rows, string slug) => rows.Single(r => r.StartsWith(slug + " ", StringComparison.Ordinal));

    private void AddConsent(string slug, string entries)
    {
        var index = Path.Combine(_root, "input", "portraits", slug, "index.md");
        var lines = File.ReadAllLines(index).ToList();
        lines.Insert(lines.FindIndex(l => l.StartsWith("audiences:", StringComparison.Ordinal)) + 1, "consent:\n" + entries);
        File.WriteAllLines(index, lines);
    }

    private List<Portrait> Portraits()
    {
        var diagnostics = new DiagnosticBag();
        var loader = new PortraitLoader(SettingsLoader.Load(_root, diagnostics)!);
        return [.. SampleSite.Portraits.Select(slug => loader.Load(Path.Combine(_root, "input", "portraits", slug), "input/portraits/" + slug, diagnostics)!)];
    }

    private static async Task<BuildResult> Run(BuildOptions options)
    {
        var result = await BuildPipeline.ForSite(options.Root).RunAsync(options, CancellationToken.None);
        Assert.True(options.CheckOnly || !result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }
}
