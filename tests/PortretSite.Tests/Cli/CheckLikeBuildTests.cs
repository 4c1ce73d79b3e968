using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Cli;

/// <summary><c>portret check</c> says what <c>portret build</c> will say, and nothing of the libraries reaches the terminal unnamed.</summary>
public sealed class CheckLikeBuildTests
{
    [Fact]
    public async Task Check_warns_about_a_photo_too_small_for_the_booklet_by_its_file_name()
    {
        using var site = new TempSite().WithPasswords()
            .WithPhoto("maria", "photos/klein.jpg", "images/low-res-320.jpg")
            .WithPortrait("maria", TempSite.Approved("Maria", extra: "photos:\n  - file: photos/klein.jpg\n    alt: Een kleine foto", body: "![Op de dijk](photos/klein.jpg)"));

        var check = await PortretProcess.RunAsync("check", "--root", site.Root);
        var build = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("input/portraits/maria/photos/klein.jpg: warning: the booklet prints this photo at only 71 dpi (320 px across 114 mm), below 150 dpi: it will look blurred; use a larger original", check.Error, StringComparison.Ordinal);
        Assert.Equal(Line(build.Output, "Portraits:"), Line(check.Output, "Portraits:"));
        Assert.Equal(Line(build.Output, "Photos:")?.Split(' ')[1], Line(check.Output, "Photos:")?.Split(' ')[1]);
    }

    [Fact]
    public async Task The_progress_and_the_summary_count_the_same_photos()
    {
        using var site = new TempSite().WithPasswords()
            .WithPhoto("maria", "photos/a.jpg")
            .WithPhoto("maria", "photos/b.jpg")
            .WithPhoto("jan", "photos/zelfde-als-a.jpg")
            .WithPortrait("maria", TempSite.Approved("Maria"))
            .WithPortrait("jan", TempSite.Approved("Jan"));

        var build = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

        Assert.Matches(@"(?m)^photos: 3/3 in ", build.Output);
        Assert.Contains("Photos: 3 (", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_of_the_image_fixtures_prints_only_lines_that_name_their_file()
    {
        using var site = new TempSite().WithPasswords();
        foreach (var fixture in new[] { "cmyk.jpg", "alpha.png", "exif-gps-rotated.jpg", "corrupt.jpg", "truncated.jpg", "low-res-320.jpg" })
        {
            site.WithPhoto("maria", "photos/" + fixture, "images/" + fixture);
        }

        site.WithPortrait("maria", TempSite.Approved("Maria"));

        var build = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

        Assert.Equal(1, build.ExitCode);
        var lines = build.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"^(input/portraits/maria/\S+|statiq\.json): ", line));
        Assert.DoesNotContain("VIPS", build.Output + build.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("GLib", build.Output + build.Error, StringComparison.Ordinal);
    }

    private static string? Line(string output, string start) =>
        output.Split('\n').FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal))?.Trim();
}
