using System.Diagnostics;

namespace PortretSite.Print.Browser.Devtools;

/// <summary>
/// A headless Chromium whose DevTools protocol runs over a pipe (<c>--remote-debugging-pipe</c>:
/// commands in on fd 3, answers out on fd 4), never over a port, so no other process on the
/// machine can reach the browser that holds a family's portrait. It gets a profile of its own,
/// removed when it stops.
/// </summary>
internal sealed class ChromiumProcess : IAsyncDisposable
{
    private const int RememberedLines = 20;

    /// <summary>
    /// What a page that only waits to be printed needs: the same colours on every machine, no
    /// throttling of a page nobody looks at, no crash reporter, shared memory in a file where
    /// <c>/dev/shm</c> is small (containers).
    /// </summary>
    private static readonly string[] PrintArguments =
    [
        "--force-color-profile=srgb",
        "--disable-background-timer-throttling",
        "--disable-backgrounding-occluded-windows",
        "--disable-renderer-backgrounding",
        "--disable-ipc-flooding-protection",
        "--disable-hang-monitor",
        "--disable-breakpad",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
    ];

    // sh gives Chromium our stdin as fd 3 and our stdout as fd 4; Chromium's own output goes to stderr.
    private const string PipeScript = "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>&2";

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly Queue<string> _lastLines = new();

    private ChromiumProcess(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public Stream Commands => _process.StandardInput.BaseStream;

    public Stream Answers => _process.StandardOutput.BaseStream;

    /// <summary>The last lines Chromium wrote, to explain a failure.</summary>
    public string LastOutput
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    public static ChromiumProcess Start(string executable, IEnumerable<string> arguments)
    {
        var profile = Directory.CreateTempSubdirectory("portret-chromium-");
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", PipeScript, executable, "--headless", "--remote-debugging-pipe", $"--user-data-dir={profile.FullName}", .. PrintArguments, .. arguments, "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return new ChromiumProcess(Process.Start(start) ?? throw new BrowserException($"{executable} did not start"), profile);
        }
        catch
        {
            profile.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Ends the browser and everything it started at once.</summary>
    public ValueTask DisposeAsync() => StopAsync(TimeSpan.Zero);

    /// <summary>Gives a browser that was asked to close <paramref name="grace"/> to do so, then ends it and everything it started.</summary>
    public async ValueTask StopAsync(TimeSpan grace)
    {
        try
        {
            using var waiting = new CancellationTokenSource(grace);
            await _process.WaitForExitAsync(waiting.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file for a moment; the folder is in the temporary folder.
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > RememberedLines)
            {
                _lastLines.Dequeue();
            }
        }
    }
}
