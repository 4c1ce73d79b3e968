using System.Diagnostics;

namespace PortretSite.Tests.TestSupport;

/// <summary>Runs the real <c>portret</c> command line in a child process, as an editor would.</summary>
public static class PortretProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PortretSite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }
}
