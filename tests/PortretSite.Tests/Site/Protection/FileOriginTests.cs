using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// On <c>file://</c> every local page shares one origin. A family opens the site from a folder; then a hostile
/// page elsewhere on the disk looks through everything the browser keeps for that origin: nothing that opens anything.
/// </summary>
[Collection(SharedBrowserCollection.Name)]
public sealed class FileOriginTests(SharedBrowser browser) : IDisposable
{
    private readonly TempSite _site = new TempSite().WithPasswords().WithPortrait("maria", TempSite.Approved("Maria"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_page_from_another_folder_finds_no_remembered_key_after_the_site_was_opened_from_files()
    {
        var result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, SkipPrint = true }, CancellationToken.None);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var hostile = Path.Combine(_site.Root, "elsewhere", "hostile.html");
        Directory.CreateDirectory(Path.GetDirectoryName(hostile)!);
        File.WriteAllText(hostile, "<!doctype html><title>hostile</title><p>nothing to see</p>");
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync(new Uri(Path.Combine(_site.Output, "site", "index.html")).AbsoluteUri);
        Assert.True(await page.IsHiddenAsync("#remember-choice"));
        Assert.True(await page.IsVisibleAsync("#remember-files"));
        await UnlockForm.UnlockAsync(page, TempSite.PasswordA);
        Assert.Equal(["Maria"], await UnlockForm.CardNamesAsync(page));

        await page.GotoAsync(new Uri(hostile).AbsoluteUri);
        var databases = await page.EvaluateAsync<string[]>("async () => (await indexedDB.databases()).map(d => d.name)");
        var stored = await page.EvaluateAsync<string>("() => JSON.stringify(Object.entries(localStorage)) + JSON.stringify(Object.entries(sessionStorage))");

        Assert.Empty(databases);
        // Only the freshness counters, which open nothing: no key, no passphrase, no text of a portrait.
        Assert.DoesNotMatch("[A-Za-z0-9+/]{43}=", stored);
        Assert.DoesNotContain("Maria", stored, StringComparison.Ordinal);
    }
}
