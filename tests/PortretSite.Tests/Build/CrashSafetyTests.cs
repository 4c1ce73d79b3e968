using System.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Build;

/// <summary>
/// A build killed with SIGKILL at its most delicate moments leaves the previous output exactly
/// as it was, and the next build succeeds with the same result as one that was never disturbed.
/// </summary>
public sealed class CrashSafetyTests(CrashSafetyTests.UndisturbedBuild undisturbed) : IClassFixture<CrashSafetyTests.UndisturbedBuild>
{
    /// <summary>
    /// The second version built once, never disturbed, with the same secret: what every killed-and-resumed build
    /// must end up like. Built when a test first asks for it, for all of them.
    /// </summary>
    public sealed class UndisturbedBuild : IDisposable
    {
        private readonly TempSite _site = NewSite("De tweede versie.");
        private readonly Lazy<Task<List<string>>> _shape;

        public UndisturbedBuild() => _shape = new(async () =>
        {
            Assert.Equal(0, (await PortretProcess.RunAsync(Secret, "build", "--root", _site.Root)).ExitCode);
            return Shape(_site.Output);
        });

        public Task<List<string>> ShapeAsync() => _shape.Value;

        public void Dispose() => _site.Dispose();
    }

    private static readonly Dictionary<string, string> Secret = new() { ["PORTRET_SITE_SECRET"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7)).ToArray()) };

    private static TempSite NewSite(string text)
    {
        var site = new TempSite().WithPasswords()
            .WithPhoto("maria", "photos/dijk.jpg")
            .WithPhoto("maria", "photos/toren.jpg", "content/tall.jpg")
            .WithPhoto("jan", "photos/rivier.jpg", "images/low-res-320.jpg");
        site.WithPortrait("maria", TempSite.Approved("Maria", body: "# Jeugd\n\n" + text));
        site.WithPortrait("jan", TempSite.Approved("Jan", body: "Jan vertelt."));
        return site;
    }

    [Theory]
    [InlineData("images")]
    [InlineData("print")]
    [InlineData("update")]
    public async Task A_build_killed_while_working_leaves_the_previous_output_and_the_next_build_succeeds(string moment)
    {
        using var site = NewSite("De eerste versie.");
        Assert.Equal(0, (await PortretProcess.RunAsync(Secret, "build", "--root", site.Root)).ExitCode);
        var before = OutputFiles.Hashes(site.Output);
        site.WithPortrait("maria", TempSite.Approved("Maria", body: "# Jeugd\n\nDe tweede versie."));

        using (var build = PortretProcess.Start(new Dictionary<string, string>(Secret) { ["PORTRET_TEST_HALT_AT"] = moment }, "build", "--root", site.Root))
        {
            var marker = Path.Combine(site.Root, ".portret", "halted-at-" + moment);
            var clock = Stopwatch.StartNew();
            while (!File.Exists(marker))
            {
                if (build.HasExited)
                {
                    Assert.Fail($"the build ended before reaching '{moment}': {await build.StandardError.ReadToEndAsync()}");
                }
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"never reached '{moment}'");
                await Task.Delay(50);
            }

            build.Kill(entireProcessTree: true);
            await build.WaitForExitAsync();
            File.Delete(marker);
        }

        Assert.Equal(before, OutputFiles.Hashes(site.Output));
        var next = await PortretProcess.RunAsync(Secret, "build", "--root", site.Root);
        Assert.Equal(0, next.ExitCode);

        Assert.Equal(await undisturbed.ShapeAsync(), Shape(site.Output));
        Assert.Empty(OutputFiles.HalfWritten(site.Output));
    }

    [Fact]
    public async Task Two_builds_of_the_same_site_at_once_take_turns_and_both_succeed()
    {
        using var site = NewSite("Tekst.");

        var first = PortretProcess.RunAsync(Secret, "build", "--root", site.Root, "--skip-print");
        await Task.Delay(300);
        var second = PortretProcess.RunAsync(Secret, "build", "--root", site.Root, "--skip-print");
        var outcomes = await Task.WhenAll(first, second);

        Assert.All(outcomes, o => Assert.Equal(0, o.ExitCode));
        Assert.Contains(outcomes, o => (o.Output + o.Error).Contains("another build of this site, or its preview (portret serve), is busy", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "site", "index.html")));
        Assert.Empty(OutputFiles.HalfWritten(site.Output));
    }

    [Fact]
    public async Task A_lock_left_by_a_killed_build_does_not_block_the_next()
    {
        using var site = NewSite("Tekst.");
        using (var build = PortretProcess.Start(new Dictionary<string, string>(Secret) { ["PORTRET_TEST_HALT_AT"] = "images" }, "build", "--root", site.Root, "--skip-print"))
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(Path.Combine(site.Root, ".portret", "halted-at-images")))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3) && !build.HasExited, "the build never reached its images");
                await Task.Delay(50);
            }

            build.Kill(entireProcessTree: true);
            await build.WaitForExitAsync();
        }

        var next = await PortretProcess.RunAsync(Secret, "build", "--root", site.Root, "--skip-print");

        Assert.Equal(0, next.ExitCode);
        Assert.DoesNotContain("another build", next.Output + next.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, ".portret", "build.lock")), "the lock file stays; only the lock on it goes");
    }


    /// <summary>
    /// What two builds of the same content share: the same files (names derive from the secret),
    /// the same sizes (ciphertext is padded), and the same plain files byte for byte.
    /// </summary>
    private static List<string> Shape(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f), File: f))
            .Where(f => !f.Path.StartsWith("print", StringComparison.Ordinal))
            .Select(f => f.Path.Contains("/data/", StringComparison.Ordinal) || f.Path.EndsWith("keys.js", StringComparison.Ordinal)
                ? $"{f.Path} {new FileInfo(f.File).Length}"
                : $"{f.Path} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f.File)))}")
            .Order(StringComparer.Ordinal)
            .Concat(Directory.Exists(Path.Combine(folder, "print")) ? Directory.EnumerateFiles(Path.Combine(folder, "print")).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => "print/" + n) : [])];
}
