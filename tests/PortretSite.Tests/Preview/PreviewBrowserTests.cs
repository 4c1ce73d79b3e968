using System.Diagnostics;
using Microsoft.Playwright;
using PortretSite.Preview;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Preview;

/// <summary>An editor's tab in real Chromium: it follows every save on its own and shows what went wrong.</summary>
[Collection(PreviewTimingCollection.Name)]
public sealed class PreviewBrowserTests(SharedBrowser browser) : IAsyncLifetime
{
    private readonly TempSite _site = new TempSite()
        .WithPortrait("maria", TempSite.Approved("Maria", body: "De eerste versie van het verhaal."));

    private PreviewSession _session = null!;
    private Uri _address = null!;

    private string MariaIndex => Path.Combine(_site.PortraitFolder("maria"), "index.md");

    public async Task InitializeAsync()
    {
        _session = new PreviewSession(_site.Root, TextWriter.Null, TextWriter.Null);
        _address = await _session.StartAsync(0, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task The_open_tab_shows_a_saved_edit_by_itself_within_two_seconds_and_shows_errors_until_they_are_fixed()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(new Uri(_address, "maria/index.html").AbsoluteUri);
        await WaitForListeningTabAsync();

        var saved = Stopwatch.StartNew();
        await File.WriteAllTextAsync(MariaIndex, TempSite.Approved("Maria", body: "Een nieuwe zin over de dijk."));
        await page.GetByText("Een nieuwe zin over de dijk.").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        saved.Stop();
        Assert.True(saved.Elapsed < TimeSpan.FromSeconds(2), $"the tab showed the edit after {saved.Elapsed.TotalSeconds:0.00} s");

        await WaitForListeningTabAsync();
        await File.WriteAllTextAsync(MariaIndex, "---\nname: Maria\nborn: 1938-13-01\n---\nTekst.");
        var overlay = page.Locator("#portret-errors[role=alert]");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Contains("input/portraits/maria/index.md:3:", await overlay.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Een nieuwe zin over de dijk.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await File.WriteAllTextAsync(MariaIndex, TempSite.Approved("Maria", body: "Hersteld."));
        await page.GetByText("Hersteld.").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Equal(0, await page.Locator("#portret-errors").CountAsync());
    }

    private async Task WaitForListeningTabAsync()
    {
        var clock = Stopwatch.StartNew();
        while (_session.Hub.ClientCount == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the preview tab never connected for live reload");
            await Task.Delay(25);
        }
    }
}
