using PortretSite.Print.Browser.Devtools;

namespace PortretSite.Print.Browser;

/// <summary>
/// One headless Chromium for a whole build, spoken to over the DevTools protocol on a pipe,
/// with a fresh browser context per page. It starts with the first page, or earlier with
/// <see cref="Warm"/> when a build knows it will print, so the start overlaps other work. It is
/// closed on dispose, also when a job failed; a browser that crashed is started again for the
/// next page.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _spareLock = new();
    private ChromiumProcess? _process;
    private DevtoolsConnection? _connection;
    private Task<BrowserPage>? _spare;
    private bool _disposed;

    public bool Started => _connection is not null;

    /// <summary>The browser's main process while it runs.</summary>
    internal int? ProcessId => _process?.Id;

    /// <summary>Starts the browser and opens a first page in the background; a failure shows at the first <see cref="NewPageAsync"/>.</summary>
    public void Warm()
    {
        lock (_spareLock)
        {
            _spare ??= Task.Run(async () => await BrowserPage.OpenFirstAsync(await StartAsync(CancellationToken.None), CancellationToken.None));
        }
    }

    /// <summary>A page in a context of its own (no cookies, storage or cache shared with other pages), as large as <paramref name="viewport"/>.</summary>
    public async Task<BrowserPage> NewPageAsync(Viewport viewport, CancellationToken cancellationToken)
    {
        Task<BrowserPage>? spare;
        lock (_spareLock)
        {
            spare = _spare;
            _spare = null;
        }

        var page = spare is null ? await OpenAsync(cancellationToken) : await TakeSpareAsync(spare, cancellationToken);
        try
        {
            await page.SetViewportAsync(viewport, cancellationToken);
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task<BrowserPage>? spare;
        lock (_spareLock)
        {
            spare = _spare;
            _spare = null;
        }

        if (spare is not null)
        {
            try
            {
                await (await spare).DisposeAsync();
            }
            catch (Exception ex) when (ex is BrowserException or BrowserNotFoundException)
            {
                // Warmed for nothing, and it failed too: nobody needs that browser.
            }
        }

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

    /// <summary>A spare page that failed (its browser crashed meanwhile) is replaced by a new one.</summary>
    private async Task<BrowserPage> TakeSpareAsync(Task<BrowserPage> spare, CancellationToken cancellationToken)
    {
        try
        {
            return await spare.WaitAsync(cancellationToken);
        }
        catch (BrowserException)
        {
            return await OpenAsync(cancellationToken);
        }
    }

    private async Task<BrowserPage> OpenAsync(CancellationToken cancellationToken) =>
        await BrowserPage.OpenAsync(await StartAsync(cancellationToken), cancellationToken);

    private async Task<DevtoolsConnection> StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_connection is { IsOpen: true })
            {
                return _connection;
            }

            await StopAsync();
            _process = ChromiumProcess.Start(BrowserLocator.Locate(), BrowserLocator.Arguments);
            var process = _process;
            _connection = new DevtoolsConnection(process.Commands, process.Answers, () => process.LastOutput);
            await _connection.SendAsync("Browser.getVersion", null, null, cancellationToken);
            return _connection;
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
        var grace = TimeSpan.Zero;
        if (_connection is { IsOpen: true })
        {
            try
            {
                await _connection.SendAsync("Browser.close", null, null, CancellationToken.None).WaitAsync(CloseGrace);
                grace = CloseGrace;
            }
            catch (Exception ex) when (ex is BrowserException or TimeoutException)
            {
                // It is ended below either way.
            }
        }

        if (_process is not null)
        {
            await _process.StopAsync(grace);
            _process = null;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
