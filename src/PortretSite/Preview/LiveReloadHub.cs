using System.Threading.Channels;

namespace PortretSite.Preview;

/// <summary>
/// Tells every open preview tab what happened: "reload" after a good build, "errors" (with the
/// lines) after a bad one. A tab that connects later hears the latest state at once.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<ServerEvent>> _clients = [];
    private ServerEvent? _state;

    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    public ChannelReader<ServerEvent> Subscribe()
    {
        var channel = Channel.CreateUnbounded<ServerEvent>();
        lock (_gate)
        {
            _clients.Add(channel);
            if (_state is { Name: "errors" } state)
            {
                channel.Writer.TryWrite(state);
            }
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<ServerEvent> reader)
    {
        lock (_gate)
        {
            _clients.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Publish(ServerEvent serverEvent)
    {
        lock (_gate)
        {
            _state = serverEvent;
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(serverEvent);
            }
        }
    }
}

/// <summary>A server-sent event: a name and one line of data.</summary>
public sealed record ServerEvent(string Name, string Data);
