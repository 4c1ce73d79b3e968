using System.Diagnostics;

namespace PortretSite.Foundation.Processes;

/// <summary>What a command-line tool said and how it ended.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error);

/// <summary>
/// Runs a command-line tool (ffmpeg, a PDF reader) to its end with both streams read, killed with its children
/// when it runs past <c>limit</c> or the build is cancelled. A tool that is not installed throws
/// <see cref="System.ComponentModel.Win32Exception"/> from the start.
/// </summary>
public static class ToolProcess
{
    public static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan limit, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolRun(process.ExitCode, await output, await error);
    }
}
