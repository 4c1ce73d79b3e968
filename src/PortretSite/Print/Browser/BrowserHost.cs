using Microsoft.Playwright;

namespace PortretSite.Print.Browser;

/// <summary>
/// One headless Chromium for a whole build, started only when the first job needs it, with a
/// fresh context per job; closed on dispose, also when a job failed. A browser that crashed is
/// started again for the next job.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    public bool Started => _browser is not null;

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null, CancellationToken cancellationToken = default)
    {
        var browser = await StartAsync(cancellationToken);
        return await browser.NewContextAsync(options ?? new BrowserNewContextOptions()).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Taking the gate waits for a start in progress, so that browser is closed too.
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await StopAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IBrowser> StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            await StopAsync();
            var executable = BrowserLocator.Locate();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = BrowserLocator.Arguments,
            });
            return _browser;
        }
        catch
        {
            await StopAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
    }
}
