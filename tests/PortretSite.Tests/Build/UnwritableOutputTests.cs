using System.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Build;

/// <summary>An output that cannot be written (read-only, or a full disk) gives a clear error and keeps the previous output.</summary>
public sealed class UnwritableOutputTests
{
    private static bool CanMount => File.Exists("/usr/bin/mount") || File.Exists("/bin/mount");

    [SkippableFact]
    public async Task A_read_only_output_folder_is_a_clear_error_and_stays_as_it_was()
    {
        Skip.IfNot(CanMount && Environment.UserName == "root", "needs root to make a read-only mount");
        using var site = new TempSite().WithPasswords().WithPortrait("maria", TempSite.Approved("Maria", body: "Eerste versie."));
        Assert.Equal(0, (await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print")).ExitCode);
        var before = BadInputCatalogueTests.Snapshot(site.Output);
        site.WithPortrait("maria", TempSite.Approved("Maria", body: "Tweede versie."));

        Run("mount", "--bind", site.Output, site.Output);
        try
        {
            Run("mount", "-o", "remount,ro,bind", site.Output);
            var outcome = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("output: cannot write the output", outcome.Error, StringComparison.Ordinal);
            Assert.Contains("the previous output in", outcome.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        }
        finally
        {
            Run("umount", site.Output);
        }

        Assert.Equal(before, BadInputCatalogueTests.Snapshot(site.Output));
    }

    [SkippableFact]
    public async Task A_full_disk_is_a_clear_error_and_the_previous_output_stays()
    {
        Skip.IfNot(CanMount && Environment.UserName == "root", "needs root to mount a small file system");
        using var site = new TempSite().WithPasswords().WithPortrait("maria", TempSite.Approved("Maria", body: "Eerste versie."));
        var disk = Path.Combine(site.Root, "disk");
        Directory.CreateDirectory(disk);
        Run("mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", disk);
        try
        {
            var output = Path.Combine(disk, "output");
            Assert.Equal(0, (await PortretProcess.RunAsync("build", "--root", site.Root, "--output", output, "--skip-print")).ExitCode);
            var before = BadInputCatalogueTests.Snapshot(output);
            site.WithPhoto("maria", "photos/groot.jpg", "images/cmyk.jpg").WithPhoto("maria", "photos/ook.jpg", "images/exif-gps-rotated.jpg");

            var outcome = await PortretProcess.RunAsync("build", "--root", site.Root, "--output", output, "--skip-print");

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("output: cannot write the output", outcome.Error, StringComparison.Ordinal);
            Assert.Equal(before, BadInputCatalogueTests.Snapshot(output));
            Assert.Empty(OutputFiles.HalfWritten(output));
        }
        finally
        {
            Run("umount", disk);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {error}");
        }
    }
}
