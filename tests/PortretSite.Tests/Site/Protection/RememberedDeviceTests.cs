using Microsoft.Playwright;
using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>"Remember me" in Chromium over http: kept per site, and always checked against the site's current passwords.</summary>
[Collection(SharedBrowserCollection.Name)]
public sealed class RememberedDeviceTests(SharedBrowser browser) : IDisposable
{
    private const string PasswordA = "a long passphrase for family a";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "portret-origin-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly List<TempSite> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(s => s.Dispose());
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Two_sites_on_one_origin_keep_separate_sessions()
    {
        // The same password on both, each site with a secret of its own.
        await BuildAsync("a", "Anna Alpha", $"family-a: {PasswordA}\n");
        await BuildAsync("b", "Bea Beta", $"family-a: {PasswordA}\n");
        await using var server = await StaticSiteServer.StartAsync(_root);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync(SiteAddress(server, "a"));
        await UnlockAsync(page, PasswordA, remember: true);
        Assert.Equal(["Anna Alpha"], await CardNamesAsync(page));

        await page.GotoAsync(SiteAddress(server, "b"));
        await page.WaitForTimeoutAsync(800);
        Assert.True(await page.IsVisibleAsync("#unlock-form"));
        Assert.Equal(0, await page.Locator(".card").CountAsync());
        Assert.Equal("", await page.TextContentAsync("#unlock-error"));

        await UnlockAsync(page, PasswordA, remember: true);
        Assert.Equal(["Bea Beta"], await CardNamesAsync(page));
        Assert.Equal(2, await page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));

        // Logging out of B forgets B only.
        await page.ClickAsync("#logout");
        await page.WaitForSelectorAsync("#unlock-form");
        await page.GotoAsync(SiteAddress(server, "a"));
        Assert.Equal(["Anna Alpha"], await CardNamesAsync(page));
    }

    private async Task<TempSite> BuildAsync(string folder, string name, string passwords)
    {
        var site = new TempSite().WithPortrait("person", TempSite.Approved(name));
        _sites.Add(site);
        await RebuildAsync(site, folder, passwords);
        return site;
    }

    private async Task RebuildAsync(TempSite site, string folder, string passwords)
    {
        File.WriteAllText(Path.Combine(site.Root, ".portret", "passwords"), passwords);
        var result = await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = Path.Combine(_root, folder), SkipPrint = true }, CancellationToken.None);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.True(result.OutputWritten);
    }

    private static string SiteAddress(StaticSiteServer server, string folder) => new Uri(server.Address, folder + "/site/").AbsoluteUri;

    private static async Task UnlockAsync(IPage page, string password, bool remember)
    {
        await page.FillAsync("#password", password);
        if (remember)
        {
            await page.CheckAsync("#remember");
        }

        await page.ClickAsync("#unlock-button");
    }

    private static async Task<string[]> CardNamesAsync(IPage page)
    {
        await page.WaitForSelectorAsync(".card__name");
        return [.. (await page.Locator(".card__name").AllTextContentsAsync()).Order()];
    }
}
