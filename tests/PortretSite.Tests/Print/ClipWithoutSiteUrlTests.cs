using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>A booklet with clips on a site that names no address: printed without QR codes, and the build says why.</summary>
public sealed class ClipWithoutSiteUrlTests
{
    [Fact]
    public async Task Without_a_SiteUrl_the_booklet_names_its_clips_prints_no_code_and_the_build_warns()
    {
        using var site = new TempSite().WithPasswords();
        var audio = Path.Combine(site.PortraitFolder("maria"), "audio");
        Directory.CreateDirectory(audio);
        Recordings.Speech(Path.Combine(audio, "stem.wav"), "nl", "Goedemorgen, hier is oma.");
        site.WithPortrait("maria", TempSite.Approved("Maria", """
            clips:
              - file: audio/stem.wav
                title: Goedemorgen
                transcript: Goedemorgen, hier is oma.
            """, "Tekst.\n\n![Goedemorgen](audio/stem.wav)\n"));

        var result = await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output }, CancellationToken.None);

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Path == "statiq.json" && d.Message.English.Contains("no SiteUrl", StringComparison.Ordinal));
        var pdf = Path.Combine(site.Output, "print", "maria.pdf");
        var text = string.Concat(Enumerable.Range(1, PdfCli.Pages(pdf)).Select(page => PdfCli.Text(pdf, page)));
        Assert.Contains("Goedemorgen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scan to listen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("QR", File.ReadAllText(Path.Combine(site.Output, "print", "maria.preflight.txt")), StringComparison.Ordinal);
    }
}
