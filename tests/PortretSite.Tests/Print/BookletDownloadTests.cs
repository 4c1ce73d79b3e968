using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>The family downloads the booklet from the protected site: decrypted in the browser, identical to the print file.</summary>
[Collection(PrintedSiteCollection.Name)]
public sealed class BookletDownloadTests(PrintedSite site, SharedBrowser browser)
{
    [Fact]
    public async Task The_booklet_downloads_decrypted_and_byte_identical()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "site", "index.html")).AbsoluteUri);
        await page.FillAsync("#password", "a long walk along the river with family a");
        await page.ClickAsync("#unlock-button");
        await page.ClickAsync(".card__link");
        await page.WaitForSelectorAsync(".booklet-link a");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".booklet-link a"));
        var saved = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await download.SaveAsAsync(saved);

        // A neutral name: the person's name never lands in the Downloads folder or the browser's history.
        Assert.Equal("booklet.pdf", download.SuggestedFilename);
        Assert.Equal(await File.ReadAllBytesAsync(site.Booklet), await File.ReadAllBytesAsync(saved));
        File.Delete(saved);
    }
}
