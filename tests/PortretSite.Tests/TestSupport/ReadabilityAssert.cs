using PortretSite.Print.Pdf;
using PortretSite.Print.Readers;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>The readability check every PDF PortretSite writes must pass, with every engine installed (scripts/ensure-tools --test).</summary>
public static class ReadabilityAssert
{
    public static async Task<PdfReadability> CheckAsync(string file, byte[] pdf) =>
        await new ReadabilityCheck(new PdfSharpTools()).CheckAsync(file, pdf, Path.GetTempPath(), CancellationToken.None);

    public static async Task CleanAsync(string file, byte[] pdf)
    {
        var readability = await CheckAsync(file, pdf);

        Assert.Empty(readability.Unchecked);
        Assert.True(readability.Clean, string.Join('\n', readability.Problems()));
        Assert.All(readability.Readings, reading => Assert.NotEmpty(reading.Pages));
    }
}
