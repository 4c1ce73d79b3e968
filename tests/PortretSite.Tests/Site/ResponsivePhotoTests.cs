using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site;

/// <summary>In real Chromium, the browser picks a file that fits the screen from the srcset.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ResponsivePhotoTests(SharedBrowser browser, SampleSite sample)
{
    private string JoseePage => new Uri(Path.Combine(sample.SiteFolder, "josee-verhaegen", "index.html")).AbsoluteUri;

    [Theory]
    [InlineData(360, 2, 960)]
    [InlineData(1280, 1, 1600)]
    [InlineData(1920, 2, 2400)]
    public async Task The_cover_loads_the_smallest_webp_that_is_sharp_enough(int width, float scale, int expectedVariant)
    {
        var (context, page) = await browser.NewPageAsync(width, 900, scale);
        await using var _ = context;

        await page.GotoAsync(JoseePage);
        var source = await page.EvalOnSelectorAsync<string>(".opening__cover picture img", "img => img.decode().then(() => img.currentSrc)");

        Assert.EndsWith($"-{expectedVariant}.webp", source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phone_loads_small_gallery_files_and_every_photo_decodes()
    {
        var (context, page) = await browser.NewPageAsync(360, 740, 2);
        await using var _ = context;

        await page.GotoAsync(JoseePage);
        var sources = await page.EvalOnSelectorAllAsync<string[]>(".gallery__item picture img", """
            async images => {
              for (const img of images) { img.loading = "eager"; }
              await Promise.all(images.map(img => img.decode()));
              return images.map(img => img.currentSrc + " " + img.naturalWidth);
            }
            """);

        var cover = await page.EvalOnSelectorAsync<string>(".opening__cover picture img", "img => img.currentSrc");

        // The cover photo is also in the gallery; the browser may reuse the larger file it already has.
        var coverPhoto = Path.GetFileName(cover)[..20];
        Assert.Equal(7, sources.Length);
        Assert.All(sources.Where(s => !s.Contains(coverPhoto, StringComparison.Ordinal)), s => Assert.Matches(@"-480\.webp [1-9]", s));
        Assert.Equal(6, sources.Count(s => !s.Contains(coverPhoto, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_picture_reserves_its_space_before_loading()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync(JoseePage);
        var missing = await page.EvalOnSelectorAllAsync<int>("picture img", "images => images.filter(img => !img.getAttribute('width') || !img.getAttribute('height')).length");
        var lazyBelowFold = await page.EvalOnSelectorAllAsync<int>(".gallery picture img[loading=lazy]", "images => images.length");

        Assert.Equal(0, missing);
        Assert.Equal(7, lazyBelowFold);
    }
}
