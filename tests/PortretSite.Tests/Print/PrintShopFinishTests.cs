using PortretSite.Print.Pdf;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>The printed PDF finished for a print shop: padded, exact boxes, title and language, crop marks on request.</summary>
[Collection(PrintEngineCollection.Name)]
public sealed class PrintShopFinishTests(PrintEngine engine)
{
    private const double Mm = PrintEngine.Mm;
    private static readonly PrintFinish A5 = new(148, 210, 3, CropMarks: false, "Tien pagina's", "nl");

    private async Task<string> FinishAsync(string name, PrintFinish finish) =>
        engine.Save(name, engine.Pdf.FinishForPrintShop(await File.ReadAllBytesAsync(await engine.PrintedAsync("pages.html")), finish));

    [Fact]
    public async Task Ten_pages_are_padded_to_twelve_with_blanks_before_the_back_cover()
    {
        var pdf = await FinishAsync("padded.pdf", A5);

        Assert.Equal(12, PdfCli.Pages(pdf));
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "", "", "P10"], Labels(pdf));
    }

    [Fact]
    public async Task The_blank_pages_can_go_at_the_end()
    {
        var pdf = await FinishAsync("padded-at-end.pdf", A5 with { KeepLastPages = 0 });

        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "", ""], Labels(pdf));
    }

    [Fact]
    public async Task Every_page_has_the_trim_and_bleed_exactly()
    {
        var pdf = await FinishAsync("boxes.pdf", A5);

        BookletAssert.A5WithBleed(pdf, 12);
    }

    [Fact]
    public async Task Qpdf_finds_nothing_wrong_and_title_language_and_tags_are_there()
    {
        var pdf = await FinishAsync("described.pdf", A5);

        Assert.Contains("No syntax or stream encoding errors found", PdfCli.QpdfCheck(pdf), StringComparison.Ordinal);
        var info = PdfCli.Info(pdf);
        Assert.Contains("Title:           Tien pagina's", info, StringComparison.Ordinal);
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        var summary = engine.Pdf.Summarize(await File.ReadAllBytesAsync(pdf));
        Assert.Equal("nl", summary.Language);
        Assert.Equal("Tien pagina's", summary.Title);
    }

    [Fact]
    public async Task Crop_marks_sit_in_a_slug_outside_the_bleed_and_leave_the_boxes_exact()
    {
        var pdf = await FinishAsync("marked.pdf", A5 with { CropMarks = true });

        Assert.Contains("No syntax or stream encoding errors found", PdfCli.QpdfCheck(pdf), StringComparison.Ordinal);
        Assert.Equal(12, PdfCli.Pages(pdf));
        for (var page = 1; page <= 12; page++)
        {
            var boxes = PdfCli.Boxes(pdf, page).ToDictionary(b => b.Name);
            Assert.Equal(174 * Mm, boxes["MediaBox"].X2 - boxes["MediaBox"].X1, 0.1);
            Assert.Equal(236 * Mm, boxes["MediaBox"].Y2 - boxes["MediaBox"].Y1, 0.1);
            Assert.Equal(154 * Mm, boxes["BleedBox"].X2 - boxes["BleedBox"].X1, 0.1);
            Assert.Equal(10 * Mm, boxes["BleedBox"].X1 - boxes["MediaBox"].X1, 0.1);
            Assert.Equal(148 * Mm, boxes["TrimBox"].X2 - boxes["TrimBox"].X1, 0.1);
            Assert.Equal(210 * Mm, boxes["TrimBox"].Y2 - boxes["TrimBox"].Y1, 0.1);
            Assert.Equal(13 * Mm, boxes["TrimBox"].X1 - boxes["MediaBox"].X1, 0.1);
        }

        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "", "", "P10"], Labels(pdf));

        // A mark runs outwards from the bleed edge (10 mm from the sheet's edge) along each trim line (13 mm).
        Assert.True(Dark(pdf, 11, x: 7, y: 13), "no horizontal mark left of the top left trim corner");
        Assert.True(Dark(pdf, 11, x: 13, y: 7), "no vertical mark above the top left trim corner");
        Assert.True(Dark(pdf, 11, x: 174 - 7, y: 236 - 13), "no horizontal mark right of the bottom right trim corner");
        Assert.False(Dark(pdf, 11, x: 3, y: 3), "the slug's corner is not empty");
        Assert.False(Dark(pdf, 11, x: 40, y: 40), "the blank page is not blank");
    }

    private static List<string> Labels(string pdf) =>
        [.. Enumerable.Range(1, PdfCli.Pages(pdf)).Select(p => PdfCli.Text(pdf, p).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "")];

    /// <summary>Whether anything dark is drawn within a millimetre of a point, in millimetres from the top left of the MediaBox.</summary>
    private bool Dark(string pdf, int page, double x, double y)
    {
        const double PixelsPerMm = 10;
        var prefix = Path.Combine(engine.Work, $"{Path.GetFileNameWithoutExtension(pdf)}-{page}-{x}-{y}");
        VipsCli.Run("pdftoppm", "-f", $"{page}", "-l", $"{page}", "-r", "254", "-gray", "-singlefile",
            "-x", $"{(int)((x - 1) * PixelsPerMm)}", "-y", $"{(int)((y - 1) * PixelsPerMm)}", "-W", $"{(int)(2 * PixelsPerMm)}", "-H", $"{(int)(2 * PixelsPerMm)}", pdf, prefix);
        return double.Parse(VipsCli.Run("vips", "min", prefix + ".pgm"), System.Globalization.CultureInfo.InvariantCulture) < 128;
    }
}
