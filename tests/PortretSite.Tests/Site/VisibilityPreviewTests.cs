using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site;

/// <summary>The editor's preview shows every part, and says which ones only some audiences read.</summary>
public sealed class VisibilityPreviewTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_preview_shows_restricted_parts_and_marks_them()
    {
        _site.WithPortrait("maria", "---\nname: Maria\nstatus: approved\napproved:\n  by: Maria\n  on: 2024-10-02\naudiences: [family-a, family-b]\n"
                + "observations: Sleeps badly after visits.\nvisibility:\n  observations: [family-b]\n---\nOpening.\n")
            .WithFile("maria", "02-sundays.md", "---\naudiences: [family-a]\n---\n# Sundays\n\nThe recipe book.\n");

        var result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, Preview = true, SkipPrint = true }, CancellationToken.None);

        DiagnosticAssert.NoErrors(result.Diagnostics);
        var page = File.ReadAllText(Path.Combine(_site.Output, "site", "maria", "index.html"));
        Assert.Contains("Sleeps badly after visits.", page, StringComparison.Ordinal);
        Assert.Contains("The recipe book.", page, StringComparison.Ordinal);
        Assert.Contains("Not every reader sees all of this: observations only for family-b; 02-sundays.md only for family-a.", page, StringComparison.Ordinal);
    }
}
