using System.Threading.Channels;

namespace PortretSite.Tests.TestSupport;

/// <summary>Listens to a preview server's event stream the way a browser tab does.</summary>
public sealed class ServerEvents : IAsyncDisposable
{
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly Task _reading;

    public ServerEvents(Uri server)
    {
        var connected = new TaskCompletionSource();
        _reading = Task.Run(async () =>
        {
            using var stream = await _client.GetStreamAsync(new Uri(server, "__portret/events"), _stop.Token);
            using var reader = new StreamReader(stream);
            string? name = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith(": connected", StringComparison.Ordinal))
                {
                    connected.TrySetResult();
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
                {
                    await _events.Writer.WriteAsync((name, line[6..]), _stop.Token);
                }
            }
        });
        Connected = connected.Task;
    }

    public Task Connected { get; }

    public async Task<(string Name, string Data)> NextAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        return await _events.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }

        _client.Dispose();
        _stop.Dispose();
    }
}
