using System.Diagnostics;

namespace PortretSite.Tests.TestSupport;

/// <summary>Runs the real <c>portret</c> command line in a child process, as an editor would.</summary>
public static class PortretProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static Task<Outcome> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>Starts <c>portret</c> without waiting, for tests that stop or race it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
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

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
