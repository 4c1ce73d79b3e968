using PortretSite.Print.Pdf;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>The booklet two-up on A4 landscape in saddle-stitch order, read back side by side.</summary>
[Collection(PrintEngineCollection.Name)]
public sealed class HomeImpositionTests(PrintEngine engine)
{
    private const double Mm = PrintEngine.Mm;

    /// <summary>What the twelve finished pages show (blanks before the back cover).</summary>
    private static readonly string[] Finished = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "", "", "P10"];

    private async Task<byte[]> FinishedAsync(bool cropMarks) =>
        engine.Pdf.FinishForPrintShop(await File.ReadAllBytesAsync(await engine.PrintedAsync("pages.html")), new PrintFinish(148, 210, 3, cropMarks, "Tien pagina's", "nl"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Twelve_pages_make_six_a4_landscape_sides_in_saddle_stitch_order(bool cropMarks)
    {
        var imposed = engine.Pdf.ImposeForHome(await FinishedAsync(cropMarks));
        var home = engine.Save($"home-{cropMarks}.pdf", imposed);

        Assert.Equal(6, PdfCli.Pages(home));
        Assert.Contains("No syntax or stream encoding errors found", PdfCli.QpdfCheck(home), StringComparison.Ordinal);
        var summary = engine.Pdf.Summarize(await File.ReadAllBytesAsync(home));
        Assert.Equal(("Tien pagina's", "nl"), (summary.Title, summary.Language));
        Assert.Empty(engine.Pdf.BrokenStreams(imposed));
        await ReadabilityAssert.CleanAsync("home.pdf", imposed);
        var expected = new[] { (12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7) };
        for (var side = 1; side <= 6; side++)
        {
            var media = PdfCli.Boxes(home, side).Single(b => b.Name == "MediaBox");
            Assert.Equal(297 * Mm, media.X2 - media.X1, 0.1);
            Assert.Equal(210 * Mm, media.Y2 - media.Y1, 0.1);
            var (left, right) = expected[side - 1];
            Assert.Equal(Finished[left - 1], Half(home, side, 0));
            Assert.Equal(Finished[right - 1], Half(home, side, 148.5));
        }
    }

    [Fact]
    public async Task Each_page_is_placed_by_its_trim_box_against_the_fold()
    {
        var home = engine.Save("home-trim.pdf", engine.Pdf.ImposeForHome(await FinishedAsync(cropMarks: true)));

        // Page 1 is the right half of side 1, its trim edge at the fold (148.5 mm); the label
        // sits 17 mm from the edge of the sheet the browser printed, which is 14 mm from the trim.
        var words = VipsCli.Run("pdftotext", "-f", "1", "-l", "1", "-bbox", home, "-");
        var p1 = System.Text.RegularExpressions.Regex.Match(words, @"xMin=""([\d.]+)"" yMin=""([\d.]+)""[^>]*>P1<");
        Assert.True(p1.Success, words);
        var x = double.Parse(p1.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) / Mm;
        Assert.InRange(x - 148.5, 17 - 3 - 1, 17 - 3 + 3);
    }

    [Fact]
    public async Task A_page_count_that_is_not_a_multiple_of_four_cannot_be_folded()
    {
        var ten = await File.ReadAllBytesAsync(await engine.PrintedAsync("pages.html"));

        Assert.Throws<ArgumentException>(() => engine.Pdf.ImposeForHome(ten));
    }

    /// <summary>The label on one half of a side (148.5 mm wide).</summary>
    private static string Half(string pdf, int side, double leftMm) =>
        PdfCli.TextIn(pdf, side, leftMm * Mm, 0, 148.5 * Mm, 210 * Mm).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
