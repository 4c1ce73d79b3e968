namespace PortretSite.Print.Browser;

/// <summary>
/// Finds the browser installed on this machine. PortretSite never downloads one: the
/// environment variable <c>PORTRET_CHROMIUM</c> wins, then Debian's Chromium, then the usual
/// names on the PATH. Debian's <c>/usr/bin/chromium</c> is a shell script that reads its settings
/// files (among them API keys) and runs a dozen commands before it starts the browser, which costs
/// a booklet build 0.3–1 s: the browser behind it is started directly.
/// </summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "PORTRET_CHROMIUM";

    private const string DebianChromium = "/usr/bin/chromium";
    private const string DebianChromiumBinary = "/usr/lib/chromium/chromium";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable"];

    /// <summary>The arguments this project always starts Chromium with: no sandbox (root in containers), no GPU, and no calls home.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-extensions",
        "--metrics-recording-only",
        "--mute-audio",
        // What Debian's start script adds when /dev/shm is small, as it is in containers.
        "--disable-dev-shm-usage",
    ];

    /// <summary>The browser's executable; throws <see cref="BrowserNotFoundException"/> with a message that says how to get one.</summary>
    public static string Locate() => Locate(Environment.GetEnvironmentVariable);

    /// <summary>
    /// As <see cref="Locate()"/>, reading the environment through <paramref name="environment"/>.
    /// A configured path that does not exist is an error rather than a reason to take another
    /// browser: the editor asked for that one.
    /// </summary>
    public static string Locate(Func<string, string?> environment)
    {
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : throw new BrowserNotFoundException(PrintMessages.ConfiguredBrowserMissing(configured));
        }

        if (File.Exists(DebianChromium))
        {
            return File.Exists(DebianChromiumBinary) ? DebianChromiumBinary : DebianChromium;
        }

        var folders = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists)
            ?? throw new BrowserNotFoundException(PrintMessages.BrowserNotFound);
    }
}
