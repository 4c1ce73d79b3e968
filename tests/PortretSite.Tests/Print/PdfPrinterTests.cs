using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>Chromium prints a local HTML file with its CSS, web font and photos, read back with poppler.</summary>
[Collection(PrintEngineCollection.Name)]
public sealed class PdfPrinterTests(PrintEngine engine)
{
    private const double Mm = PrintEngine.Mm;

    [Fact]
    public async Task Ten_pages_print_as_ten_pages_in_the_css_page_size()
    {
        var pdf = await engine.PrintedAsync("pages.html");

        Assert.Equal(10, PdfCli.Pages(pdf));
        for (var page = 1; page <= 10; page++)
        {
            Assert.Contains($"P{page}", PdfCli.Text(pdf, page), StringComparison.Ordinal);
        }

        // Chromium rounds the page size (the finishing step sets it exactly).
        var media = PdfCli.Boxes(pdf, 1).Single(b => b.Name == "MediaBox");
        Assert.Equal(154 * Mm, media.X2 - media.X1, 1.0);
        Assert.Equal(216 * Mm, media.Y2 - media.Y1, 1.0);
    }

    [Fact]
    public async Task The_web_font_is_embedded_as_a_truetype_subset()
    {
        var pdf = await engine.PrintedAsync("pages.html");

        var fonts = PdfCli.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.All(fonts, f => Assert.Contains("EBGaramond", f.Name, StringComparison.Ordinal));
        Assert.All(engine.Pdf.Summarize(await File.ReadAllBytesAsync(pdf)).Fonts, f => Assert.False(f.IsType3, f.Name));
    }

    [Fact]
    public async Task The_pdf_is_tagged_and_has_an_outline()
    {
        var pdf = await engine.PrintedAsync("contents.html");

        Assert.Contains("Tagged:          yes", PdfCli.Info(pdf), StringComparison.Ordinal);
        Assert.Contains("\"The bakery\"", VipsCli.Run("qpdf", "--json", "--json-key=outlines", pdf), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_font_with_cff_outlines_comes_out_as_type_3_and_the_summary_says_so()
    {
        const string Otf = "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf";
        Skip.IfNot(File.Exists(Otf), "Debian's fonts-ebgaramond is not installed");
        var folder = Path.Combine(engine.Work, "cff");
        Directory.CreateDirectory(folder);
        File.Copy(Otf, Path.Combine(folder, "cff.otf"), overwrite: true);
        var html = Path.Combine(folder, "cff.html");
        await File.WriteAllTextAsync(html, """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><style>
            @font-face { font-family: "CFF Garamond"; src: url("cff.otf") format("opentype"); }
            @page { size: 154mm 216mm; margin: 20mm; }
            body { font-family: "CFF Garamond"; }
            </style></head><body><p>Set in a font with CFF outlines.</p></body></html>
            """);

        var summary = engine.Pdf.Summarize(await engine.Printer.PrintAsync(html, PrintEngine.A5WithBleed, CancellationToken.None));

        Assert.Contains(summary.Fonts, f => f.IsType3);
    }
}
