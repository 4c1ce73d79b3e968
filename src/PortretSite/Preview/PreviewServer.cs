using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace PortretSite.Preview;

/// <summary>
/// Serves the preview folder on the loopback address only, injects the live-reload script
/// into every page, and streams build events to the open tabs.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string ScriptPath = "/__portret/live.js";
    private const string ScriptTag = "<script src=\"" + ScriptPath + "\"></script>";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] Script = LoadScript();

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public static async Task<PreviewServer> StartAsync(string siteFolder, int port, LiveReloadHub hub, Func<string, CancellationToken, Task<string?>>? printBooklet, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            // Bound to 127.0.0.1 already; this guards against anything that forwards to it.
            if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });
        app.MapGet(ScriptPath, (HttpContext context) => Results.Bytes(Script, "text/javascript; charset=utf-8"));
        app.MapGet("/__portret/events", (HttpContext context) => StreamEventsAsync(context, hub));
        if (printBooklet is not null)
        {
            app.MapGet("/__portret/print/{slug}", async (string slug, HttpContext context) =>
                await printBooklet(slug, context.RequestAborted) is { } pdf
                    ? Results.File(pdf, "application/pdf")
                    : Results.NotFound());
        }

        app.MapFallback("{**path}", (HttpContext context) => ServeFileAsync(context, siteFolder));
        var server = new PreviewServer(app);
        await app.StartAsync(cancellationToken);
        var actualPort = new Uri(app.Urls.First()).Port;
        server.Address = new Uri($"http://127.0.0.1:{actualPort}/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static async Task StreamEventsAsync(HttpContext context, LiveReloadHub hub)
    {
        context.Response.ContentType = "text/event-stream";
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        var events = hub.Subscribe();
        try
        {
            await foreach (var serverEvent in events.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: {serverEvent.Name}\ndata: {serverEvent.Data}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed.
        }
        finally
        {
            hub.Unsubscribe(events);
        }
    }

    private static async Task ServeFileAsync(HttpContext context, string siteFolder)
    {
        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var root = Path.GetFullPath(siteFolder);
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            var html = await File.ReadAllTextAsync(file, context.RequestAborted);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at >= 0 ? html.Insert(at, ScriptTag) : html + ScriptTag;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
            return;
        }

        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private static byte[] LoadScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("PortretSite.Preview.live-reload.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
