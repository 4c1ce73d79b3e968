using System.Globalization;
using PortretSite.Print.Browser;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>The printing browser: Chromium over the DevTools protocol on a pipe, one per build.</summary>
public sealed class BrowserHostTests
{
    private static readonly Viewport Small = new(800, 600);

    [Fact]
    public async Task The_browser_starts_with_the_first_job_and_closes_even_when_a_job_failed()
    {
        var host = new BrowserHost();
        Assert.False(host.Started);
        List<int> processes = [];

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using (host)
            {
                await using var page = await host.NewPageAsync(Small, CancellationToken.None);
                Assert.True(host.Started);
                processes = ProcessTree(host.ProcessId!.Value);
                throw new InvalidOperationException("a job failed");
            }
        });

        Assert.False(host.Started);
        Assert.True(processes.Count > 1, "Chromium runs as a tree of processes");
        Assert.All(processes, pid => Assert.False(Directory.Exists($"/proc/{pid}") && !Read($"/proc/{pid}/stat").Contains(" Z ", StringComparison.Ordinal), $"process {pid} still runs"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => host.NewPageAsync(Small, CancellationToken.None));
    }

    [Fact]
    public async Task A_warmed_browser_is_started_before_anyone_asks_for_a_page()
    {
        await using var host = new BrowserHost();

        host.Warm();
        var waited = 0;
        while (!host.Started && waited++ < 300)
        {
            await Task.Delay(50);
        }

        Assert.True(host.Started);
        await using var page = await host.NewPageAsync(Small, CancellationToken.None);
        Assert.Equal(800, await page.EvaluateAsync<int>("() => window.innerWidth"));
    }

    [Fact]
    public async Task Scripts_get_their_argument_as_json_and_their_errors_come_back_as_browser_errors()
    {
        await using var host = new BrowserHost();
        await using var page = await host.NewPageAsync(Small, CancellationToken.None);

        var joined = await page.EvaluateAsync<string>("async ({ words, times }) => words.join(' ').repeat(times)", new { words = new[] { "ja", "dat" }, times = 2 });
        var failure = await Assert.ThrowsAsync<BrowserException>(() => page.EvaluateAsync("() => { throw new Error('kapot'); }"));

        Assert.Equal("ja datja dat", joined);
        Assert.Contains("kapot", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_crashes_fails_its_job_and_the_next_page_works()
    {
        await using var host = new BrowserHost();
        await using (var page = await host.NewPageAsync(Small, CancellationToken.None))
        {
            await Assert.ThrowsAsync<BrowserException>(() => page.GotoAsync(new Uri("chrome://crash"), CancellationToken.None));
        }

        await using var next = await host.NewPageAsync(Small, CancellationToken.None);
        Assert.Equal(2, await next.EvaluateAsync<int>("() => 1 + 1"));
    }

    [Fact]
    public async Task A_missing_file_is_a_browser_error_that_names_it()
    {
        await using var host = new BrowserHost();
        await using var page = await host.NewPageAsync(Small, CancellationToken.None);
        var missing = Path.Combine(Path.GetTempPath(), "portret-missing-" + Guid.NewGuid().ToString("N")[..8] + ".html");

        var failure = await Assert.ThrowsAsync<BrowserException>(() => page.GotoAsync(new Uri(missing), CancellationToken.None));

        Assert.Contains(Path.GetFileName(missing), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_other_process_can_reach_the_printing_browser_over_the_network()
    {
        await using var host = new BrowserHost();
        await using var page = await host.NewPageAsync(Small, CancellationToken.None);

        var processes = ProcessTree(host.ProcessId!.Value);
        Assert.True(processes.Count > 1, "Chromium runs as a tree of processes");
        var listening = ListeningSocketInodes();
        var open = processes.SelectMany(SocketInodes).Where(listening.Contains).ToList();
        Assert.Empty(open);
    }

    /// <summary>A process and all its descendants, from the parent ids in <c>/proc/*/stat</c>.</summary>
    private static List<int> ProcessTree(int root)
    {
        var parents = Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => (Pid: int.Parse(name!, CultureInfo.InvariantCulture), Stat: Read($"/proc/{name}/stat")))
            .Where(p => p.Stat.Length > 0)
            .ToDictionary(p => p.Pid, p => int.Parse(p.Stat[(p.Stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture));
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        }

        return tree;
    }

    private static IEnumerable<string> SocketInodes(int pid)
    {
        try
        {
            return [.. Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd")
                .Select(fd => new FileInfo(fd).LinkTarget ?? "")
                .Where(target => target.StartsWith("socket:[", StringComparison.Ordinal))
                .Select(target => target[8..^1])];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Inodes of TCP sockets in the LISTEN state (0A), IPv4 and IPv6.</summary>
    private static HashSet<string> ListeningSocketInodes() =>
        [.. new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .SelectMany(file => Read(file).Split('\n').Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 9 && fields[3] == "0A")
            .Select(fields => fields[9])];

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
