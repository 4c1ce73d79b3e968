using Microsoft.Playwright;
using PortretSite.Print.Browser;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>One real Chromium for every browser test (the system's, never a downloaded one).</summary>
public sealed class SharedBrowser : IAsyncLifetime
{
    private readonly BrowserHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>A fresh context (no cookies, no storage) with a page of the given width.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(int width = 1280, int height = 900, float scale = 1)
    {
        var context = await _host.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
        });
        return (context, await context.NewPageAsync());
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowserCollection : ICollectionFixture<SharedBrowser>, ICollectionFixture<SampleSite>
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
