using Microsoft.Playwright;
using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>"Remember me" in Chromium over http: kept per site, checked against the site's current passwords on every visit, and for ninety days at most.</summary>
[Collection(SharedBrowserCollection.Name)]
public sealed class RememberedDeviceTests(SharedBrowser browser) : IDisposable
{
    private const string PasswordA = "a long walk along the river with family a";

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
        await UnlockForm.UnlockAsync(page, PasswordA, remember: true);
        Assert.Equal(["Anna Alpha"], await UnlockForm.CardNamesAsync(page));

        await page.GotoAsync(SiteAddress(server, "b"));
        await page.WaitForTimeoutAsync(800);
        Assert.True(await page.IsVisibleAsync("#unlock-form"));
        Assert.Equal(0, await page.Locator(".card").CountAsync());
        Assert.Equal("", await page.TextContentAsync("#unlock-error"));

        await UnlockForm.UnlockAsync(page, PasswordA, remember: true);
        Assert.Equal(["Bea Beta"], await UnlockForm.CardNamesAsync(page));
        Assert.Equal(2, await page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));

        // Logging out of B forgets B only.
        await page.ClickAsync("#logout");
        await page.WaitForSelectorAsync("#unlock-form");
        await page.GotoAsync(SiteAddress(server, "a"));
        Assert.Equal(["Anna Alpha"], await UnlockForm.CardNamesAsync(page));
    }

    [Fact]
    public async Task A_removed_password_stops_opening_on_the_devices_that_remembered_it()
    {
        const string Kept = "the second passphrase of family a";
        var site = await BuildAsync("c", "Cora Gamma", $"family-a: {PasswordA}\nfamily-a: {Kept}\n");
        await using var server = await StaticSiteServer.StartAsync(_root);
        var (removedContext, removed) = await browser.NewPageAsync();
        await using var _ = removedContext;
        var (keptContext, kept) = await browser.NewPageAsync();
        await using var __ = keptContext;
        foreach (var (page, password) in new[] { (removed, PasswordA), (kept, Kept) })
        {
            await page.GotoAsync(SiteAddress(server, "c"));
            await UnlockForm.UnlockAsync(page, password, remember: true);
            Assert.Equal(["Cora Gamma"], await UnlockForm.CardNamesAsync(page));
        }

        await RebuildAsync(site, "c", $"family-a: {Kept}\n");

        await removed.ReloadAsync();
        await removed.WaitForSelectorAsync("#unlock-error:not(:empty)");
        Assert.Equal("This password no longer opens this site. Ask whoever gave it to you for the new one.", await removed.TextContentAsync("#unlock-error"));
        Assert.True(await removed.IsVisibleAsync("#unlock-form"));
        Assert.Equal(0, await removed.Locator(".card").CountAsync());
        Assert.Equal(0, await removed.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));

        await kept.ReloadAsync();
        Assert.Equal(["Cora Gamma"], await UnlockForm.CardNamesAsync(kept));
    }

    [Fact]
    public async Task A_remembered_device_is_forgotten_after_ninety_days()
    {
        await BuildAsync("d", "Dora Delta", $"family-a: {PasswordA}\n");
        await using var server = await StaticSiteServer.StartAsync(_root);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(SiteAddress(server, "d"));
        await UnlockForm.UnlockAsync(page, PasswordA, remember: true);
        await UnlockForm.CardNamesAsync(page);

        await page.EvaluateAsync("""
            async () => {
              const [info] = await indexedDB.databases();
              const db = await new Promise(resolve => { const open = indexedDB.open(info.name); open.onsuccess = () => resolve(open.result); });
              await new Promise(resolve => {
                const transaction = db.transaction("keys", "readwrite");
                const store = transaction.objectStore("keys");
                const read = store.get("device");
                read.onsuccess = () => { read.result.saved -= 91 * 24 * 60 * 60 * 1000; store.put(read.result, "device"); };
                transaction.oncomplete = resolve;
              });
              db.close();
            }
            """);
        await page.ReloadAsync();
        await page.WaitForTimeoutAsync(800);

        Assert.True(await page.IsVisibleAsync("#unlock-form"));
        Assert.Equal(0, await page.Locator(".card").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));
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
}
