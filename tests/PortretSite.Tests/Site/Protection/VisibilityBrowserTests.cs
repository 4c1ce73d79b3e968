using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>The same portrait in Chromium, unlocked by the family and by the care team: each sees its own reading.</summary>
[Collection(VisibilitySiteCollection.Name)]
public sealed class VisibilityBrowserTests(VisibilitySite site, SharedBrowser browser)
{
    [Fact]
    public async Task The_family_sees_its_chapter_and_no_observations()
    {
        var (article, ids) = await ReadPortraitAsync(VisibilitySite.FamilyPassword);

        Assert.Contains(VisibilitySite.FamilyMarker, article, StringComparison.Ordinal);
        Assert.DoesNotContain(VisibilitySite.TeamMarker, article, StringComparison.Ordinal);
        Assert.DoesNotContain("observations-title", ids);
        Assert.Contains("Gerda naaide veertig jaar trouwjurken", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_sees_the_observations_and_not_the_familys_chapter()
    {
        var (article, ids) = await ReadPortraitAsync(VisibilitySite.TeamPassword);

        Assert.Contains(VisibilitySite.TeamMarker, article, StringComparison.Ordinal);
        Assert.Contains("observations-title", ids);
        Assert.DoesNotContain(VisibilitySite.FamilyMarker, article, StringComparison.Ordinal);
        Assert.DoesNotContain("Voor de familie", article, StringComparison.Ordinal);
    }

    private async Task<(string Article, string[] Ids)> ReadPortraitAsync(string password)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(new Uri(Path.Combine(site.SiteFolder, "index.html")).AbsoluteUri);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#unlock-button");
        await page.ClickAsync(".card__link");
        await page.WaitForSelectorAsync("article h1");
        var article = await page.TextContentAsync("article") ?? "";
        var ids = await page.EvalOnSelectorAllAsync<string[]>("article [id]", "nodes => nodes.map(n => n.id)");
        return (article, ids);
    }
}
