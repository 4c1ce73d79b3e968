using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>What the preflight reads from a PDF, checked against poppler's own reading.</summary>
[Collection(PrintEngineCollection.Name)]
public sealed class PdfInspectionTests(PrintEngine engine)
{
    [Fact]
    public async Task Every_placed_photo_has_its_pixels_and_effective_resolution()
    {
        var pdf = await engine.PrintedAsync("photos.html");

        var images = engine.Pdf.Summarize(await File.ReadAllBytesAsync(pdf)).Images;

        Assert.Equal([(1, 400, 250), (1, 400, 250), (2, 169, 300)], images.Select(i => (i.Page, i.PixelWidth, i.PixelHeight)));
        Assert.Equal([400, 200, 169], images.Select(i => Math.Round(i.EffectiveDpi)));
        var poppler = PdfCli.Images(pdf);
        Assert.Equal(poppler.Count, images.Count);
        foreach (var (image, seen) in images.Zip(poppler))
        {
            Assert.Equal(seen.Page, image.Page);
            Assert.Equal(seen.XPpi, image.DpiX, 1.0);
            Assert.Equal(seen.YPpi, image.DpiY, 1.0);
        }
    }

    [Fact]
    public async Task Pages_boxes_and_fonts_agree_with_poppler()
    {
        var pdf = await engine.PrintedAsync("pages.html");

        var summary = engine.Pdf.Summarize(await File.ReadAllBytesAsync(pdf));

        Assert.Equal(PdfCli.Pages(pdf), summary.PageCount);
        for (var page = 1; page <= summary.PageCount; page++)
        {
            var media = PdfCli.Boxes(pdf, page).Single(b => b.Name == "MediaBox");
            Assert.Equal(media.X2 - media.X1, summary.Pages[page - 1].MediaBox.Width, 0.01);
        }

        Assert.Equal(PdfCli.Fonts(pdf).Select(f => (f.Name, f.Embedded)).Order(), summary.Fonts.Select(f => (f.Name, f.Embedded)).Order());
        Assert.Equal("Tien pagina's", summary.Title);
    }
}
