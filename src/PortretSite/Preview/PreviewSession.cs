using PortretSite.Foundation;
using System.Text.Json;
using PortretSite.Build;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Preview;

/// <summary>
/// <c>portret serve</c>: builds the preview (drafts included, nothing encrypted), serves it on
/// 127.0.0.1, and rebuilds after every save. A broken save shows its errors in the terminal and
/// in the browser; the last good preview stays up until the editor fixes it.
/// </summary>
public sealed class PreviewSession(string root, TextWriter output, TextWriter error) : IAsyncDisposable
{

    // The event data is read by JSON.parse only, never placed in HTML, so quotes may stay readable.
    private static readonly JsonSerializerOptions EventJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly LiveReloadHub _hub = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private PreviewServer? _server;
    private SourceWatcher? _watcher;
    private int _pending;

    public string Output => new SiteLayout(root).Preview;

    public LiveReloadHub Hub => _hub;

    public async Task<Uri> StartAsync(int port, CancellationToken cancellationToken)
    {
        await RebuildAsync(cancellationToken);
        _server = await PreviewServer.StartAsync(Path.Combine(Output, "site"), port, _hub, null, cancellationToken);
        _watcher = new SourceWatcher(root, TimeSpan.FromMilliseconds(150), () => _ = RebuildSoonAsync());
        return _server.Address;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _stopping.Dispose();
        _building.Dispose();
    }

    /// <summary>Saves that arrive during a build lead to exactly one more build after it.</summary>
    private async Task RebuildSoonAsync()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        try
        {
            await _building.WaitAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            Interlocked.Exchange(ref _pending, 0);
            await BuildOnceAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _building.WaitAsync(cancellationToken);
        try
        {
            await BuildOnceAsync(cancellationToken);
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task BuildOnceAsync(CancellationToken cancellationToken)
    {
        var started = DateTime.Now;
        var result = await BuildPipeline.ForSite(root).RunAsync(
            new BuildOptions { Root = root, Output = Output, Preview = true, Protect = false, SkipPrint = true },
            cancellationToken);
        var lines = result.Diagnostics.Select(d => d.Format(result.Language)).ToList();
        foreach (var line in lines)
        {
            await error.WriteLineAsync(line);
        }

        var seconds = (DateTime.Now - started).TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        if (result.HasErrors)
        {
            await output.WriteLineAsync(PreviewMessages.NotUpdated(started, result.Errors).In(result.Language));
            _hub.Publish(new ServerEvent("errors", JsonSerializer.Serialize(lines.Where((_, i) => result.Diagnostics[i].IsError), EventJson)));
            return;
        }

        await output.WriteLineAsync(PreviewMessages.Updated(started, seconds).In(result.Language));
        _hub.Publish(new ServerEvent("reload", "{}"));
    }
}
