using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace PortretSite.Print.Browser.Devtools;

/// <summary>
/// The Chrome DevTools protocol over a pipe: JSON messages ended by a NUL byte. Commands get an id
/// and wait for the answer with that id; events wake whoever waits for them on their session.
/// When the browser goes away, everything still waiting fails with the reason.
/// </summary>
internal sealed class DevtoolsConnection : IAsyncDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromMinutes(2);

    private readonly Stream _commands;
    private readonly Stream _answers;
    private readonly Func<string> _explain;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly ConcurrentDictionary<int, Pending> _pending = new();
    private readonly ConcurrentDictionary<long, EventWaiter> _waiters = new();
    private readonly Task _reading;
    private int _lastId;
    private long _lastWaiter;
    private volatile string? _closedBecause;

    public DevtoolsConnection(Stream commands, Stream answers, Func<string> explain)
    {
        _commands = commands;
        _answers = answers;
        _explain = explain;
        _reading = Task.Run(ReadAsync);
    }

    public bool IsOpen => _closedBecause is null;

    /// <summary>Sends a command (to a page when <paramref name="session"/> is given) and returns its result.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters, string? session, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var pending = new Pending(method, session);
        _pending[id] = pending;
        try
        {
            ThrowIfClosed();
            await WriteAsync(id, method, parameters, session, cancellationToken);
            return await pending.Answer.Task.WaitAsync(AnswerTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new BrowserException($"{method}: the browser did not answer within {AnswerTimeout.TotalSeconds:0} s");
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// Starts waiting for the next event <paramref name="method"/> on <paramref name="session"/>;
    /// call it before the command that causes the event, then await the task.
    /// </summary>
    public Task<JsonElement> NextEvent(string method, string session, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastWaiter);
        var waiter = new EventWaiter(method, session);
        _waiters[id] = waiter;
        if (_closedBecause is { } reason)
        {
            waiter.Event.TrySetException(new BrowserException(reason));
        }

        var registration = cancellationToken.Register(() => waiter.Event.TrySetCanceled(cancellationToken));
        return Completed(waiter.Event.Task);

        async Task<JsonElement> Completed(Task<JsonElement> task)
        {
            try
            {
                return await task.WaitAsync(AnswerTimeout, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                throw new BrowserException($"{method}: the browser did not report it within {AnswerTimeout.TotalSeconds:0} s");
            }
            finally
            {
                await registration.DisposeAsync();
                _waiters.TryRemove(id, out _);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Close("the connection to the browser was closed");
        await _reading;
        _writing.Dispose();
    }

    private async Task WriteAsync(int id, string method, object? parameters, string? session, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("method", method);
            if (session is not null)
            {
                json.WriteString("sessionId", session);
            }

            json.WritePropertyName("params");
            JsonSerializer.Serialize(json, parameters ?? new { });
            json.WriteEndObject();
        }

        buffer.Write([(byte)0]);
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await _commands.WriteAsync(buffer.WrittenMemory, cancellationToken);
            await _commands.FlushAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw new BrowserException($"{method}: the browser is gone ({ex.Message})");
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task ReadAsync()
    {
        var message = new ArrayBufferWriter<byte>();
        var chunk = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await _answers.ReadAsync(chunk);
                if (read == 0)
                {
                    break;
                }

                var rest = chunk.AsMemory(0, read);
                for (var end = rest.Span.IndexOf((byte)0); end >= 0; end = rest.Span.IndexOf((byte)0))
                {
                    message.Write(rest.Span[..end]);
                    Dispatch(message.WrittenMemory);
                    message.Clear();
                    rest = rest[(end + 1)..];
                }

                message.Write(rest.Span);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The pipe broke: the browser is gone, said below.
        }

        Close("the browser closed" + (_explain() is { Length: > 0 } output ? ": " + output.Split('\n')[^1] : ""));
    }

    private void Dispatch(ReadOnlyMemory<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (_pending.TryGetValue(idElement.GetInt32(), out var pending))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    pending.Answer.TrySetException(new BrowserException($"{pending.Method}: {error.GetProperty("message").GetString()}"));
                }
                else
                {
                    pending.Answer.TrySetResult(root.GetProperty("result").Clone());
                }
            }

            return;
        }

        var method = root.GetProperty("method").GetString();
        var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
        if (method is "Inspector.targetCrashed" && session is not null)
        {
            Fail(session, "the page crashed in the browser (out of memory?)");
        }
        else if (method is "Target.detachedFromTarget" && parameters.TryGetProperty("sessionId", out var detached))
        {
            Fail(detached.GetString()!, "the page was closed in the browser");
        }

        foreach (var waiter in _waiters.Values.Where(w => w.Method == method && w.Session == session))
        {
            waiter.Event.TrySetResult(parameters);
        }
    }

    /// <summary>Fails what waits on <paramref name="session"/>, or on any session when it is null.</summary>
    private void Fail(string? session, string reason)
    {
        foreach (var pending in _pending.Values.Where(p => session is null || p.Session == session))
        {
            pending.Answer.TrySetException(new BrowserException($"{pending.Method}: {reason}"));
        }

        foreach (var waiter in _waiters.Values.Where(w => session is null || w.Session == session))
        {
            waiter.Event.TrySetException(new BrowserException($"{waiter.Method}: {reason}"));
        }
    }

    private void Close(string reason)
    {
        _closedBecause ??= reason;
        Fail(null, _closedBecause);
    }

    private void ThrowIfClosed()
    {
        if (_closedBecause is { } reason)
        {
            throw new BrowserException(reason);
        }
    }

    private sealed record Pending(string Method, string? Session)
    {
        public TaskCompletionSource<JsonElement> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record EventWaiter(string Method, string Session)
    {
        public TaskCompletionSource<JsonElement> Event { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
