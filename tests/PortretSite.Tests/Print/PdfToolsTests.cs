using PortretSite.Print.Pdf;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

[Collection(PrintedSiteCollection.Name)]
public sealed class PdfToolsTests(PrintedSite site) : IDisposable
{
    private const double Mm = 72 / 25.4;
    private readonly string _work = Path.Combine(Path.GetTempPath(), "portret-pdf-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly PdfSharpTools _tools = new();

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private string Save(string name, byte[] pdf)
    {
        Directory.CreateDirectory(_work);
        var path = Path.Combine(_work, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [Fact]
    public void Crop_marks_add_a_slug_around_the_bleed_and_keep_trim_and_bleed_exact()
    {
        var booklet = File.ReadAllBytes(site.Booklet);

        var marked = Save("marked.pdf", _tools.FinishForPrintShop(booklet, new PrintFinish(148, 210, 3, CropMarks: true, "Hanna Willems", "nl")));

        var boxes = PdfCli.Boxes(marked, 1).ToDictionary(b => b.Name);
        Assert.Equal(174 * Mm, boxes["MediaBox"].X2 - boxes["MediaBox"].X1, 0.1);
        Assert.Equal(154 * Mm, boxes["BleedBox"].X2 - boxes["BleedBox"].X1, 0.1);
        Assert.Equal(148 * Mm, boxes["TrimBox"].X2 - boxes["TrimBox"].X1, 0.1);
        Assert.Equal(210 * Mm, boxes["TrimBox"].Y2 - boxes["TrimBox"].Y1, 0.1);
        Assert.Equal(PdfCli.Pages(site.Booklet), PdfCli.Pages(marked));
        Assert.Contains("No syntax or stream encoding errors found", PdfCli.QpdfCheck(marked), StringComparison.Ordinal);
    }

    [Fact]
    public void Padding_keeps_the_back_cover_last()
    {
        var booklet = File.ReadAllBytes(site.Booklet);
        var pages = PdfCli.Pages(site.Booklet);
        var backText = PdfCli.Text(site.Booklet, pages);

        var padded = Save("padded.pdf", _tools.FinishForPrintShop(booklet, new PrintFinish(148, 210, 3, CropMarks: false, "Hanna Willems", "nl")));

        Assert.Equal(pages, PdfCli.Pages(padded));
        Assert.Equal(backText, PdfCli.Text(padded, PdfCli.Pages(padded)));
        Assert.Contains("Hanna Willems", backText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_reads_pages_boxes_and_embedded_fonts()
    {
        var summary = _tools.Summarize(File.ReadAllBytes(site.Booklet));

        Assert.Equal(PdfCli.Pages(site.Booklet), summary.PageCount);
        Assert.Equal(148 * Mm, summary.TrimBox!.Width, 0.1);
        Assert.NotEmpty(summary.Fonts);
        Assert.All(summary.Fonts, f => Assert.True(f.Embedded));
    }
}
