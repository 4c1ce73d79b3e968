using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Cli;

/// <summary>
/// The guides' first steps, typed as written: the shell block marked <c>first-steps</c> in each
/// guide runs in a fresh folder with a fresh home, where <c>portret</c> is this build of the tool.
/// </summary>
[UnsupportedOSPlatform("windows")] // the guides' shell steps are for Linux and macOS terminals
public sealed partial class GuideFirstStepsTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "portret-guide-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Theory]
    [InlineData("GUIDE.en.md", "portraits", "arthur-penhale")]
    [InlineData("GUIDE.nl.md", "portretten", "jan-peeters")]
    public async Task The_first_steps_of_the_guide_succeed_as_written(string guide, string siteFolder, string slug)
    {
        var steps = FirstSteps(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", guide)));
        var clone = Directory.CreateDirectory(Path.Combine(_work, "PortretSite")).FullName;
        var home = Directory.CreateDirectory(Path.Combine(_work, "home")).FullName;
        // Stands in for the clone's ./portret launcher: the same command, already built.
        var launcher = Path.Combine(clone, "portret");
        File.WriteAllText(launcher, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "PortretSite.dll")}\" \"$@\"\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (exitCode, output) = await RunShell(steps, clone, home);

        Assert.True(exitCode == 0, $"the first steps of {guide} failed:\n{steps}\n---\n{output}");
        var site = Path.Combine(home, siteFolder);
        Assert.True(File.Exists(Path.Combine(site, "input", "portraits", slug, "index.md")), output);
        Assert.True(File.Exists(Path.Combine(site, "output", "site", "index.html")), output);
    }

    [Fact]
    public void The_readme_quick_start_is_two_commands_and_the_guides_make_the_clones_launcher_known()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var quickStart = readme[readme.IndexOf("## Quick start", StringComparison.Ordinal)..readme.IndexOf("## Writing a portrait", StringComparison.Ordinal)];
        var block = quickStart[(quickStart.IndexOf("```sh", StringComparison.Ordinal) + 5)..];
        var commands = block[..block.IndexOf("```", StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["scripts/build-sample", "scripts/test"], commands.Select(c => c.Split(' ')[0]));
        foreach (var guide in new[] { "GUIDE.en.md", "GUIDE.nl.md" })
        {
            Assert.StartsWith("export PATH=\"$PWD:$PATH\"", FirstSteps(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", guide))), StringComparison.Ordinal);
        }

        var launcher = Path.Combine(RepositoryPaths.Root, "portret");
        Assert.True(File.Exists(launcher), "the clone holds the portret launcher");
        Assert.True(File.GetUnixFileMode(launcher).HasFlag(UnixFileMode.UserExecute), "the launcher is executable");
    }

    private static string FirstSteps(string guide)
    {
        var block = FirstStepsBlock().Match(guide);
        Assert.True(block.Success, "the guide marks its first steps with <!-- first-steps … --> before a ```sh block");
        return block.Groups["steps"].Value;
    }

    private static async Task<(int ExitCode, string Output)> RunShell(string script, string workingDirectory, string home)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-euc");
        start.ArgumentList.Add(script);
        start.Environment["HOME"] = home;
        start.Environment["CI"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"<!-- first-steps[^>]*-->\s*```sh\n(?<steps>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FirstStepsBlock();
}
