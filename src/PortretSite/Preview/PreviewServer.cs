using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace PortretSite.Preview;

/// <summary>
/// Serves the preview folder on the loopback address only, injects the live-reload script
/// into every page, and streams build events to the open tabs. Every path sits below a random
/// token of this session and every request must name this computer in its Host header: a web page
/// the editor visits can neither guess the address nor reach it by rebinding its own name to 127.0.0.1.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string ScriptPath = "__portret/live.js";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] Script = LoadScript();

    private readonly WebApplication _app;
    private readonly string _token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private PreviewServer(WebApplication app) => _app = app;

    /// <summary>The folder every path of this session sits below: <c>/&lt;token&gt;/</c>.</summary>
    private string Prefix => "/" + _token;

    public Uri Address { get; private set; } = null!;

    public static async Task<PreviewServer> StartAsync(string siteFolder, int port, LiveReloadHub hub, Func<string, CancellationToken, Task<string?>>? printBooklet, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app);
        var scriptTag = $"<script src=\"{server.Prefix}/{ScriptPath}\"></script>";
        app.Use(async (context, next) =>
        {
            // Bound to 127.0.0.1 already; this guards against anything that forwards to it.
            if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote) || !NamesThisComputer(context.Request.Host, context.Connection.LocalPort))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            if (!context.Request.Path.StartsWithSegments(server.Prefix, out var rest))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Request.PathBase = server.Prefix;
            context.Request.Path = rest;
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });
        // Routes match the path below the token, so routing comes after the check that strips it.
        app.UseRouting();
        app.MapGet("/" + ScriptPath, (HttpContext context) => Results.Bytes(Script, "text/javascript; charset=utf-8"));
        app.MapGet("/__portret/events", (HttpContext context) => StreamEventsAsync(context, hub));
        if (printBooklet is not null)
        {
            app.MapGet("/__portret/print/{slug}", async (string slug, HttpContext context) =>
                await printBooklet(slug, context.RequestAborted) is { } pdf
                    ? Results.File(pdf, "application/pdf")
                    : Results.NotFound());
        }

        app.MapFallback("{**path}", (HttpContext context) => ServeFileAsync(context, siteFolder, scriptTag));
        await app.StartAsync(cancellationToken);
        var actualPort = new Uri(app.Urls.First()).Port;
        server.Address = new Uri($"http://127.0.0.1:{actualPort}{server.Prefix}/");
        return server;
    }

    /// <summary>127.0.0.1 or localhost at this port: a page whose own name was rebound to this computer still sends that name.</summary>
    private static bool NamesThisComputer(HostString host, int port) =>
        host.Port == port && host.Host is "127.0.0.1" or "localhost" or "[::1]";

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

    private static async Task ServeFileAsync(HttpContext context, string siteFolder, string scriptTag)
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
            html = at >= 0 ? html.Insert(at, scriptTag) : html + scriptTag;
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
