using System.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Cli;

/// <summary>The packed .NET tool installs from its nupkg and builds a site folder that has no theme of its own.</summary>
public sealed class PackagingTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "portret-pack-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public async Task The_packed_tool_installs_and_builds_the_sample_from_another_folder()
    {
        var packages = Path.Combine(_work, "packages");
        var tools = Path.Combine(_work, "tools");
        var site = Path.Combine(_work, "site");
        SampleSite.CopyTo(site, withTheme: false);
        Directory.CreateDirectory(Path.Combine(site, ".portret"));
        File.WriteAllText(Path.Combine(site, ".portret", "passwords"), "familie-verhaegen: een lange wachtzin voor de familie verhaegen\nfamilie-el-amrani: nog een lange wachtzin voor de familie el amrani\nzorgteam-sint-jozef: de lange wachtzin van het zorgteam sint jozef\n");

        await Run("dotnet", RepositoryPaths.Root, "pack", "src/PortretSite", "-c", "Release", "-o", packages, "-nologo");
        await Run("dotnet", _work, "tool", "install", "--tool-path", tools, "--add-source", packages, "PortretSite");
        var build = await Run(Path.Combine(tools, "portret"), site, "build", "--skip-print");

        Assert.Contains("4 gepubliceerd", build, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "output", "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "output", "site", "assets", "css", "site.css")), "the built-in theme travels inside the tool");
        Assert.True(Directory.EnumerateFiles(Path.Combine(site, "output", "site", "data")).Any(), "the published site is encrypted");
    }

    private static async Task<string> Run(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{await output}\n{await error}");
        return await output;
    }
}
