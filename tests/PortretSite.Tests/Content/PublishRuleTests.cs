using PortretSite.Build;
using PortretSite.Content.Portraits;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

public sealed class PublishRuleTests
{
    [Fact]
    public async Task Only_approved_portraits_are_published_and_the_others_are_named_as_skipped()
    {
        using var site = new TempSite()
            .WithPortrait("approved-one", TempSite.Approved("Approved One"))
            .WithPortrait("in-review", "---\nname: In Review\nstatus: review\n---\nNot yet.")
            .WithPortrait("a-draft", "---\nname: A Draft\n---\nDraft is the default status.");

        var result = await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output, SkipPrint = true, Protect = false }, CancellationToken.None);

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.Equal(1, result.PortraitsPublished);
        Assert.Equal([("a-draft", PortraitStatus.Draft), ("in-review", PortraitStatus.Review)], result.Skipped.Select(s => (s.Slug, s.Status)).Order());
        Assert.True(Directory.Exists(Path.Combine(site.Output, "site", "approved-one")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "site", "in-review")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "site", "a-draft")));
    }

    [Fact]
    public async Task Preview_shows_drafts_and_reviews_with_a_banner()
    {
        using var site = new TempSite().WithPortrait("in-review", "---\nname: In Review\nstatus: review\n---\nNot yet.");

        var result = await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output, Preview = true, SkipPrint = true }, CancellationToken.None);

        DiagnosticAssert.NoErrors(result.Diagnostics);
        var page = File.ReadAllText(Path.Combine(site.Output, "site", "in-review", "index.html"));
        Assert.Contains("class=\"status-banner\"", page, StringComparison.Ordinal);
        Assert.Contains("In review — awaiting recognition", page, StringComparison.Ordinal);
    }
}
