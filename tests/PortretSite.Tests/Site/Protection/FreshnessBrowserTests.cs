using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// Old copies in Chromium: a device that opened the newest build is then served an older family list, or the
/// newest list beside an older page, from the same origin (a stale host, a kept USB copy). It warns and shows nothing stale.
/// </summary>
[Collection(SharedBrowserCollection.Name)]
public sealed class FreshnessBrowserTests(SharedBrowser browser) : IDisposable
{
    private readonly TempSite _site = new TempSite().WithPasswords().WithPortrait("maria", TempSite.Approved("Maria", body: "Maria planted the first pear tree."));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_older_list_or_page_than_the_device_has_seen_shows_a_warning_and_no_stale_content()
    {
        await BuildAsync();
        Copy(Path.Combine(_site.Output, "site"), Path.Combine(_site.Root, "old"));
        _site.WithPortrait("maria", TempSite.Approved("Maria", body: "Maria planted the last pear tree."));
        await BuildAsync();
        var mixed = Path.Combine(_site.Root, "mixed");
        Copy(Path.Combine(_site.Output, "site"), mixed);
        var page = new SealedItems(_site.Root, mixed).Keys.ItemId("page/maria") + ".js";
        File.Copy(Path.Combine(_site.Root, "old", "data", page), Path.Combine(mixed, "data", page), overwrite: true);
        await using var server = await StaticSiteServer.StartAsync(_site.Root);
        var (context, tab) = await browser.NewPageAsync();
        await using var _ = context;

        await tab.GotoAsync(new Uri(server.Address, "output/site/").AbsoluteUri);
        await UnlockForm.UnlockAsync(tab, TempSite.PasswordA);
        await UnlockForm.CardNamesAsync(tab);

        await tab.GotoAsync(new Uri(server.Address, "old/").AbsoluteUri);
        await UnlockForm.UnlockAsync(tab, TempSite.PasswordA);
        await tab.WaitForSelectorAsync("#stale-copy:visible");
        Assert.True(await tab.IsHiddenAsync("#content"));
        Assert.Equal(0, await tab.Locator(".card").CountAsync());

        await tab.GotoAsync(new Uri(server.Address, "mixed/").AbsoluteUri);
        await UnlockForm.UnlockAsync(tab, TempSite.PasswordA);
        await UnlockForm.CardNamesAsync(tab);
        await tab.ClickAsync(".card a");
        await tab.WaitForSelectorAsync("#stale-copy:visible");
        Assert.True(await tab.IsHiddenAsync("#content"));
        Assert.DoesNotContain("first pear tree", await tab.ContentAsync(), StringComparison.Ordinal);
    }

    private async Task BuildAsync()
    {
        var result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, SkipPrint = true }, CancellationToken.None);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
