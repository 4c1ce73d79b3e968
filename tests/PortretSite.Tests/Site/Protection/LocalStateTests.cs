using System.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>The site secret, passwords and caches stay out of git, even in a site folder without a .gitignore of its own.</summary>
public sealed class LocalStateTests
{
    [Fact]
    public async Task A_build_in_a_fresh_git_repository_leaves_nothing_of_portret_to_commit()
    {
        using var site = new TempSite().WithPasswords()
            .WithPortrait("maria", TempSite.Approved("Maria"));
        Git(site.Root, "init", "-q");

        var build = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

        Assert.Equal(0, build.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, ".portret", "site-secret")), "the first protected build creates the secret");
        var untracked = Git(site.Root, "status", "--porcelain", "--untracked-files=all").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(untracked, line => line.EndsWith("input/portraits/maria/index.md", StringComparison.Ordinal));
        Assert.DoesNotContain(untracked, line => line.Contains(".portret", StringComparison.Ordinal));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_site_secret_is_created_for_its_owner_alone_in_a_folder_only_its_owner_may_open()
    {
        using var site = new TempSite();
        Directory.Delete(Path.Combine(site.Root, ".portret"));

        PortretSite.Site.Protection.SiteSecret.Rotate(site.Root);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(site.Root, ".portret")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(site.Root, ".portret", "site-secret")));
    }

    private static string Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output;
    }
}
