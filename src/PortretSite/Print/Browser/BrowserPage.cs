using System.Text.Json;
using PortretSite.Print.Browser.Devtools;

namespace PortretSite.Print.Browser;

/// <summary>A page size in CSS pixels.</summary>
public readonly record struct Viewport(int Width, int Height);

/// <summary>How a page is printed to PDF: the sheet, and whether the PDF gets tags (structure for screen readers) and an outline.</summary>
public sealed record PdfPrintOptions(PaperSize Paper, bool Tagged = true, bool Outline = true);

/// <summary>One page in its own browser context: load a file, run scripts in it, print it.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly DevtoolsConnection _connection;
    private readonly string? _context;
    private readonly string _target;
    private readonly string _session;

    private BrowserPage(DevtoolsConnection connection, string? context, string target, string session)
    {
        _connection = connection;
        _context = context;
        _target = target;
        _session = session;
    }

    /// <summary>
    /// The tab the browser opened at its start, already with a renderer: the quickest first page.
    /// It lives in the browser's own default context, which no other page uses.
    /// </summary>
    internal static async Task<BrowserPage> OpenFirstAsync(DevtoolsConnection connection, CancellationToken cancellationToken)
    {
        var targets = await connection.SendAsync("Target.getTargets", null, null, cancellationToken);
        var first = targets.GetProperty("targetInfos").EnumerateArray().FirstOrDefault(t => t.GetProperty("type").GetString() == "page");
        return first.ValueKind == JsonValueKind.Undefined
            ? await OpenAsync(connection, cancellationToken)
            : await AttachAsync(connection, null, first.GetProperty("targetId").GetString()!, cancellationToken);
    }

    internal static async Task<BrowserPage> OpenAsync(DevtoolsConnection connection, CancellationToken cancellationToken)
    {
        var context = (await connection.SendAsync("Target.createBrowserContext", new { disposeOnDetach = true }, null, cancellationToken)).GetProperty("browserContextId").GetString()!;
        try
        {
            var target = (await connection.SendAsync("Target.createTarget", new { url = "about:blank", browserContextId = context }, null, cancellationToken)).GetProperty("targetId").GetString()!;
            return await AttachAsync(connection, context, target, cancellationToken);
        }
        catch
        {
            Close(connection, context, null);
            throw;
        }
    }

    private static async Task<BrowserPage> AttachAsync(DevtoolsConnection connection, string? context, string target, CancellationToken cancellationToken)
    {
        var session = (await connection.SendAsync("Target.attachToTarget", new { targetId = target, flatten = true }, null, cancellationToken)).GetProperty("sessionId").GetString()!;
        await connection.SendAsync("Page.enable", null, session, cancellationToken);
        return new BrowserPage(connection, context, target, session);
    }

    /// <summary>Opens <paramref name="url"/> and waits until it and everything it loads (styles, fonts, images) are in.</summary>
    public async Task GotoAsync(Uri url, CancellationToken cancellationToken)
    {
        var loaded = _connection.NextEvent("Page.loadEventFired", _session, cancellationToken);
        var navigation = await SendAsync("Page.navigate", new { url = url.AbsoluteUri }, cancellationToken);
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new BrowserException($"{url}: {text}");
        }

        await loaded;
    }

    /// <summary>Lays the page out as for print (<c>@media print</c>), as it will be printed.</summary>
    public Task EmulatePrintMediaAsync(CancellationToken cancellationToken) =>
        SendAsync("Emulation.setEmulatedMedia", new { media = "print" }, cancellationToken);

    /// <summary>Calls the JavaScript function <paramref name="function"/> with <paramref name="argument"/> (as JSON), awaits it, and returns its result.</summary>
    public async Task<T> EvaluateAsync<T>(string function, object? argument = null, CancellationToken cancellationToken = default)
    {
        var value = await CallAsync(function, argument, cancellationToken);
        return value.Deserialize<T>(Json) ?? throw new BrowserException($"the script returned nothing: {function[..Math.Min(60, function.Length)]}");
    }

    /// <summary>As <see cref="EvaluateAsync{T}"/>, for a function whose result does not matter.</summary>
    public async Task EvaluateAsync(string function, object? argument = null, CancellationToken cancellationToken = default) =>
        await CallAsync(function, argument, cancellationToken);

    public async Task<byte[]> PrintToPdfAsync(PdfPrintOptions options, CancellationToken cancellationToken)
    {
        var printed = await SendAsync("Page.printToPDF", new
        {
            paperWidth = options.Paper.WidthMm / 25.4,
            paperHeight = options.Paper.HeightMm / 25.4,
            marginTop = 0,
            marginBottom = 0,
            marginLeft = 0,
            marginRight = 0,
            preferCSSPageSize = true,
            printBackground = true,
            generateTaggedPDF = options.Tagged,
            generateDocumentOutline = options.Outline,
            transferMode = "ReturnAsStream",
        }, cancellationToken);
        return await ReadStreamAsync(printed.GetProperty("stream").GetString()!, cancellationToken);
    }

    /// <summary>Closes the page and its context; the browser does that in the background, nobody waits for it.</summary>
    public ValueTask DisposeAsync()
    {
        Close(_connection, _context, _target);
        return ValueTask.CompletedTask;
    }

    internal Task SetViewportAsync(Viewport viewport, CancellationToken cancellationToken) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new { width = viewport.Width, height = viewport.Height, deviceScaleFactor = 1, mobile = false }, cancellationToken);

    private async Task<JsonElement> CallAsync(string function, object? argument, CancellationToken cancellationToken)
    {
        var expression = $"({function})({JsonSerializer.Serialize(argument, Json)})";
        var answer = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true }, cancellationToken);
        if (answer.TryGetProperty("exceptionDetails", out var exception))
        {
            var description = exception.TryGetProperty("exception", out var thrown) && thrown.TryGetProperty("description", out var text) ? text.GetString() : exception.GetProperty("text").GetString();
            throw new BrowserException($"a script in the page failed: {description?.Split('\n')[0]}");
        }

        return answer.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>A large PDF comes in parts rather than in one message.</summary>
    private async Task<byte[]> ReadStreamAsync(string handle, CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        while (true)
        {
            var part = await SendAsync("IO.read", new { handle, size = 4 << 20 }, cancellationToken);
            var data = part.GetProperty("data");
            var chunk = part.TryGetProperty("base64Encoded", out var base64) && base64.GetBoolean() ? data.GetBytesFromBase64() : System.Text.Encoding.UTF8.GetBytes(data.GetString() ?? "");
            bytes.Write(chunk);
            if (part.GetProperty("eof").GetBoolean())
            {
                break;
            }
        }

        await SendAsync("IO.close", new { handle }, cancellationToken);
        return bytes.ToArray();
    }

    private Task<JsonElement> SendAsync(string method, object parameters, CancellationToken cancellationToken) =>
        _connection.SendAsync(method, parameters, _session, cancellationToken);

    private static void Close(DevtoolsConnection connection, string? context, string? target)
    {
        if (!connection.IsOpen)
        {
            return;
        }

        var closing = context is not null
            ? connection.SendAsync("Target.disposeBrowserContext", new { browserContextId = context }, null, CancellationToken.None)
            : connection.SendAsync("Target.closeTarget", new { targetId = target }, null, CancellationToken.None);

        // A browser that went away meanwhile took its pages with it.
        closing.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
