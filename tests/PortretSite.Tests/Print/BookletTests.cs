using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>The booklet as a print shop receives it, read with PDF tools.</summary>
[Collection(PrintedSiteCollection.Name)]
public sealed class BookletTests(PrintedSite site)
{
    private const double Mm = 72 / 25.4;

    [Fact]
    public void The_build_printed_the_booklet_its_home_version_and_a_preflight()
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        Assert.Equal(1, site.Result.Booklets);
        Assert.True(File.Exists(site.Booklet));
        Assert.True(File.Exists(site.HomeBooklet));
        Assert.True(File.Exists(site.Preflight));
    }

    [Fact]
    public void The_page_count_is_a_multiple_of_four()
    {
        var pages = PdfCli.Pages(site.Booklet);

        Assert.Equal(0, pages % 4);
        Assert.True(pages >= 12, $"{pages} pages");
    }

    [Fact]
    public void Every_page_has_a5_trim_and_3mm_bleed_exactly()
    {
        var pages = PdfCli.Pages(site.Booklet);
        BookletAssert.A5WithBleed(site.Booklet, pages);
    }

    [Fact]
    public void Every_font_is_embedded_and_comes_from_the_theme()
    {
        var fonts = PdfCli.Fonts(site.Booklet);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.All(fonts, f => Assert.Contains("EBGaramond", f.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Qpdf_finds_nothing_wrong()
    {
        Assert.Contains("No syntax or stream encoding errors found", PdfCli.QpdfCheck(site.Booklet), StringComparison.Ordinal);
        Assert.Contains("No syntax or stream encoding errors found", PdfCli.QpdfCheck(site.HomeBooklet), StringComparison.Ordinal);
    }

    [Fact]
    public void Title_and_language_are_set_and_the_pdf_is_tagged()
    {
        var info = PdfCli.Info(site.Booklet);

        Assert.Contains("Title:           Hanna Willems", info, StringComparison.Ordinal);
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        var summary = new PortretSite.Print.Pdf.PdfSharpTools().Summarize(File.ReadAllBytes(site.Booklet));
        Assert.Equal("en", summary.Language);
    }

    [Fact]
    public void Each_contents_entry_names_the_page_its_chapter_starts_on_and_chapters_start_on_the_right() =>
        BookletAssert.ContentsMatchChapters(site.Booklet, PrintedSite.Chapters);

    [Fact]
    public void The_home_version_has_half_as_many_a4_landscape_pages_in_saddle_stitch_order()
    {
        var pages = PdfCli.Pages(site.Booklet);
        var sheets = PdfCli.Pages(site.HomeBooklet);
        Assert.Equal(pages / 2, sheets);
        var media = PdfCli.Boxes(site.HomeBooklet, 1).Single(b => b.Name == "MediaBox");
        Assert.Equal(297 * Mm, media.X2 - media.X1, 0.5);
        Assert.Equal(210 * Mm, media.Y2 - media.Y1, 0.5);

        // Every booklet page carries its number in the footer (except cover, blanks and the like);
        // find each numbered page on the sheet and side where saddle stitching puts it.
        var half = (media.X2 - media.X1) / 2;
        for (var side = 1; side <= sheets; side++)
        {
            var sheet = (side - 1) / 2;
            var front = side % 2 == 1;
            var (left, right) = front ? (pages - (2 * sheet), 1 + (2 * sheet)) : (2 + (2 * sheet), pages - 1 - (2 * sheet));
            AssertSame(Footer(site.Booklet, left), FooterOnSheet(side, 0, half));
            AssertSame(Footer(site.Booklet, right), FooterOnSheet(side, half, half));
        }
    }

    [Fact]
    public void The_preflight_names_the_low_resolution_photo()
    {
        var report = File.ReadAllText(site.Preflight);

        Assert.Contains("photos/oud-en-klein.jpg", report, StringComparison.Ordinal);
        var line = report.Split('\n').First(l => l.Contains("oud-en-klein.jpg", StringComparison.Ordinal));
        Assert.StartsWith("  too low", line, StringComparison.Ordinal);
        Assert.Contains(site.Result.Diagnostics, d => !d.IsError && d.Path.EndsWith("photos/oud-en-klein.jpg", StringComparison.Ordinal) && d.Message.English.Contains("below 150 dpi", StringComparison.Ordinal));
        Assert.Contains("Pages:", report, StringComparison.Ordinal);
        Assert.Contains("EBGaramond12-Regular", report, StringComparison.Ordinal);
        Assert.Matches(@"measured in the PDF: \d+ images, the coarsest at \d+ dpi", report);
    }

    [Fact]
    public void The_preflight_says_both_pdfs_are_read_cleanly_by_every_engine()
    {
        var report = File.ReadAllText(site.Preflight);

        Assert.Contains("  hanna.pdf: read cleanly by Ghostscript, MuPDF and poppler (pdftotext)\n", report, StringComparison.Ordinal);
        Assert.Contains("  hanna.home.pdf: read cleanly by Ghostscript, MuPDF and poppler (pdftotext)\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_warns_about_the_same_photos_in_the_same_words_as_the_booklets_preflight()
    {
        var check = await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output, CheckOnly = true }, CancellationToken.None);

        static string[] PrintWarnings(BuildResult result) =>
            [.. result.Diagnostics.Where(d => !d.IsError && d.Message.English.StartsWith("the booklet prints this photo", StringComparison.Ordinal)).Select(d => $"{d.Path}: {d.Message.English}").Order(StringComparer.Ordinal)];
        Assert.Contains(PrintWarnings(site.Result), w => w.Contains("oud-en-klein.jpg", StringComparison.Ordinal));
        Assert.Equal(PrintWarnings(site.Result), PrintWarnings(check));
    }

    [Fact]
    public void The_pages_that_make_a_multiple_of_four_are_lined_pages_for_notes_before_the_colophon_not_blank_ones()
    {
        var pages = PdfCli.Pages(site.Booklet);
        var texts = Enumerable.Range(1, pages).Select(page => PdfCli.Text(site.Booklet, page)).ToList();
        var notes = texts.Select((text, index) => (text, page: index + 1)).Where(p => p.text.Contains("Memories and notes", StringComparison.Ordinal)).Select(p => p.page).ToList();
        var colophon = texts.FindIndex(text => text.Contains("Printed on", StringComparison.OrdinalIgnoreCase) || text.Contains("Colophon", StringComparison.OrdinalIgnoreCase)) + 1;

        Assert.Equal(0, pages % 4);
        Assert.InRange(notes.Count, 0, 3);
        Assert.Equal(Enumerable.Range(colophon - notes.Count, notes.Count), notes);
        Assert.Equal(pages - 1, colophon);
        Assert.DoesNotContain("blank pages added", File.ReadAllText(site.Preflight), StringComparison.Ordinal);
    }

    [Fact]
    public void No_photo_is_larger_than_300_dpi_needs_at_its_placed_size()
    {
        var images = PdfCli.Images(site.Booklet);

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.True(image.XPpi <= 303 && image.YPpi <= 303, $"page {image.Page}: {image.Width}×{image.Height} px placed at {image.XPpi} ppi"));
    }

    private static string Footer(string pdf, int page) =>
        Normalize(PdfCli.TextIn(pdf, page, 0, 190 * Mm, 154 * Mm, 26 * Mm));

    private string FooterOnSheet(int side, double x, double width) =>
        Normalize(PdfCli.TextIn(site.HomeBooklet, side, x, 185 * Mm, width, 25 * Mm));

    private static void AssertSame(string expected, string actual) => Assert.Equal(expected, actual);

    private static string Normalize(string text) => string.Concat(text.Where(char.IsLetterOrDigit));
}
