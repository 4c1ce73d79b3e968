using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

public sealed class PrintCommandTests
{
    [Fact]
    public async Task Print_makes_one_booklet_even_of_a_draft_and_leaves_the_site_alone()
    {
        using var site = new TempSite()
            .WithPhoto("jan", "photos/dijk.jpg")
            .WithPortrait("jan", "---\nname: Jan Draft\nstatus: review\ncover: photos/dijk.jpg\nphotos:\n  - file: photos/dijk.jpg\n    alt: Een dijk\n---\n# Een hoofdstuk\n\nTekst.\n");

        var outcome = await PortretProcess.RunAsync("print", "jan", "--root", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "print", "jan.pdf")));
        Assert.True(File.Exists(Path.Combine(site.Output, "print", "jan.preflight.txt")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "site")));
        Assert.Contains("In review", PdfCli.Text(Path.Combine(site.Output, "print", "jan.pdf"), 3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_of_an_unknown_portrait_is_an_error()
    {
        using var site = new TempSite();

        var outcome = await PortretProcess.RunAsync("print", "niemand", "--root", site.Root);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("there is no portrait folder 'niemand'", outcome.Error, StringComparison.Ordinal);
    }
}
