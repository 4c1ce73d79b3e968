using Microsoft.Playwright;

namespace PortretSite.Print.Browser;

/// <summary>
/// One headless Chromium for a whole build, started only when the first page needs it, with a
/// fresh context per job; closed on dispose, also when a job failed.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public bool Started => _browser is not null;

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var browser = await StartAsync();
        return await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _starting.Dispose();
    }

    private async Task<IBrowser> StartAsync()
    {
        await _starting.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                return _browser;
            }

            var executable = BrowserLocator.Find() ?? throw new BrowserNotFoundException();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = BrowserLocator.Arguments,
            });
            return _browser;
        }
        finally
        {
            _starting.Release();
        }
    }
}

/// <summary>No Chromium-family browser is installed; the message says how to get one.</summary>
public sealed class BrowserNotFoundException() : Exception(PrintMessages.BrowserNotFound.English);
