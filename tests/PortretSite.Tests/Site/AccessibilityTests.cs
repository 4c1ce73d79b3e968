using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site;

/// <summary>axe-core in Chromium on every page type of the site, at phone and desktop width.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class AccessibilityTests(SharedBrowser browser, SampleSite sample)
{
    private string Url(string path) => new Uri(Path.Combine(sample.SiteFolder, path)).AbsoluteUri;

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_list_of_portraits_has_no_serious_violations(int width)
    {
        var (context, page) = await browser.NewPageAsync(width);
        await using var _ = context;

        await page.GotoAsync(Url("index.html"));

        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"home at {width}px");
    }

    [Theory]
    [InlineData(360, "spelregels-team-noor")]
    [InlineData(1280, "spelregels-team-noor")]
    [InlineData(1280, "over-deze-site")]
    public async Task A_site_page_has_no_serious_violations(int width, string slug)
    {
        var (context, page) = await browser.NewPageAsync(width);
        await using var _ = context;

        await page.GotoAsync(Url($"pages/{slug}/index.html"));

        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"page {slug} at {width}px");
    }

    [Theory]
    [InlineData(360, "josee-verhaegen")]
    [InlineData(1280, "josee-verhaegen")]
    [InlineData(1280, "noor-el-amrani")]
    [InlineData(360, "arthur-penhale")]
    [InlineData(360, "gilberte-verhaegen")]
    public async Task A_portrait_with_every_part_has_no_serious_violations(int width, string slug)
    {
        var (context, page) = await browser.NewPageAsync(width);
        await using var _ = context;

        await page.GotoAsync(Url($"{slug}/index.html"));

        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"{slug} at {width}px");
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_card_for_carers_has_no_serious_violations(int width)
    {
        var (context, page) = await browser.NewPageAsync(width);
        await using var _ = context;

        await page.GotoAsync(Url("gilberte-verhaegen/card/index.html"));

        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"card at {width}px");
    }

    [Fact]
    public async Task The_gallery_with_the_lightbox_open_has_no_serious_violations()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(Url("josee-verhaegen/index.html"));

        await page.ClickAsync(".gallery__link >> nth=1");
        await page.WaitForSelectorAsync("dialog.lightbox[open] img.lightbox__image[src]");

        await AxeCheck.AssertNoSeriousViolationsAsync(page, "lightbox");
    }

    [Fact]
    public async Task At_200_percent_zoom_nothing_needs_sideways_scrolling()
    {
        // A 1280-pixel window at 200 % zoom lays out like a 640-pixel one.
        var (context, page) = await browser.NewPageAsync(640, 800, 2);
        await using var _ = context;

        foreach (var path in new[] { "index.html", "josee-verhaegen/index.html", "noor-el-amrani/index.html" })
        {
            await page.GotoAsync(Url(path));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px");
        }
    }

    [Fact]
    public async Task A_portrait_page_weighs_under_200_kilobytes_before_photos()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        var bytes = 0L;
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType is "document" or "stylesheet" or "script" or "font")
            {
                bytes += new FileInfo(new Uri(response.Url).LocalPath).Length;
            }
        };

        await page.GotoAsync(Url("josee-verhaegen/index.html"));
        await page.EvaluateAsync("() => document.fonts.ready");

        Assert.InRange(bytes, 20_000, 200 * 1024);
    }
}
