using Microsoft.Playwright;
using PortretSite.Print.Browser;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// One real Chromium for every browser test of the site (the system's, never a downloaded one),
/// driven by Playwright as a user would use it: typing, clicking, zooming. Printing has its own
/// host in the product (<see cref="BrowserHost"/>).
/// </summary>
public sealed class SharedBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserLocator.Locate(),
            Headless = true,
            Args = BrowserLocator.Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh context (no cookies, no storage) with a page of the given width.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(int width = 1280, int height = 900, float scale = 1)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
        });
        return (context, await context.NewPageAsync());
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowserCollection : ICollectionFixture<SharedBrowser>
{
    public const string Name = "browser";
}

/// <summary>
/// The preview's "within two seconds" checks run alone, after the parallel tests, so that another
/// test's browser or build does not share the two cores with them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PreviewTimingCollection : ICollectionFixture<SharedBrowser>
{
    public const string Name = "preview timing";
}
