using PortretSite.Print.Pdf;
using PortretSite.Print.Readers;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>Every PDF the print engine makes is well formed and read alike by poppler, Ghostscript and MuPDF; a damaged one is caught.</summary>
[Collection(PrintEngineCollection.Name)]
public sealed class ReadabilityCheckTests(PrintEngine engine)
{
    private static readonly PrintFinish A5 = new(148, 210, 3, CropMarks: false, "Leesbaar", "nl");

    [Theory]
    [InlineData("pages.html")]
    [InlineData("photos.html")]
    [InlineData("contents.html")]
    public async Task A_printed_document_reads_cleanly_as_printed_finished_and_imposed(string document)
    {
        var printed = await File.ReadAllBytesAsync(await engine.PrintedAsync(document));
        var finished = engine.Pdf.FinishForPrintShop(printed, A5);

        await ReadabilityAssert.CleanAsync("printed.pdf", printed);
        await ReadabilityAssert.CleanAsync("finished.pdf", finished);
        await ReadabilityAssert.CleanAsync("home.pdf", engine.Pdf.ImposeForHome(finished));
    }

    [Fact]
    public async Task A_booklet_of_over_forty_pages_with_photos_reads_cleanly_for_the_print_shop_and_at_home()
    {
        var html = LongBooklet.Make(Path.Combine(engine.Work, "long"));
        var finished = engine.Pdf.FinishForPrintShop(await engine.Printer.PrintAsync(html, PrintEngine.A5WithBleed, CancellationToken.None), A5);
        var home = engine.Pdf.ImposeForHome(finished);

        var summary = engine.Pdf.Summarize(finished);
        Assert.True(summary.PageCount >= 40, $"{summary.PageCount} pages");
        Assert.True(summary.Images.Count >= 10, $"{summary.Images.Count} photos");
        Assert.Empty(engine.Pdf.BrokenStreams(home));
        await ReadabilityAssert.CleanAsync("long.pdf", finished);
        await ReadabilityAssert.CleanAsync("long.home.pdf", home);
    }

    [Fact]
    public async Task A_whole_hand_made_stream_passes_so_the_damaged_ones_below_fail_for_their_damage()
    {
        var pdf = HandMadePdf.WithFlateContent(HandMadePdf.Compress(HandMadePdf.Content()));

        Assert.Empty(engine.Pdf.BrokenStreams(pdf));
        await ReadabilityAssert.CleanAsync("whole.pdf", pdf);
    }

    [Fact]
    public async Task A_truncated_stream_fails_the_check()
    {
        var whole = HandMadePdf.Compress(HandMadePdf.Content());
        var pdf = HandMadePdf.WithFlateContent(whole[..(whole.Length / 2)]);

        Assert.Equal([new PdfStreamFault(4, PdfStreamProblem.Incomplete)], engine.Pdf.BrokenStreams(pdf));
        var readability = await ReadabilityAssert.CheckAsync("truncated.pdf", pdf);
        Assert.False(readability.Clean);
        Assert.Contains(readability.Problems(), p => p.English.StartsWith("truncated.pdf: 1 compressed stream does not decode in full (object 4)", StringComparison.Ordinal));
        Assert.Contains(readability.Readings, r => r.Warnings.Count > 0);
        Assert.StartsWith("truncated.pdf: NOT read cleanly", readability.Summary().English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_without_its_checksum_is_incomplete_as_pdfsharp_wrote_the_home_forms()
    {
        var whole = HandMadePdf.Compress(HandMadePdf.Content());

        Assert.Equal([new PdfStreamFault(4, PdfStreamProblem.Incomplete)], engine.Pdf.BrokenStreams(HandMadePdf.WithFlateContent(whole[..^4])));
        Assert.Equal([new PdfStreamFault(4, PdfStreamProblem.DamagedData)], engine.Pdf.BrokenStreams(HandMadePdf.WithFlateContent([.. whole[..2], .. Enumerable.Repeat((byte)0xFF, 40)])));
        Assert.Equal([new PdfStreamFault(4, PdfStreamProblem.NoZLibHeader)], engine.Pdf.BrokenStreams(HandMadePdf.WithFlateContent(HandMadePdf.Content())));
    }

    [Fact]
    public async Task An_engine_that_is_not_installed_is_named_and_the_others_still_check()
    {
        var missing = PdfEngine.MuPdf with { Executable = "/nonexistent/mutool" };
        var pdf = HandMadePdf.WithFlateContent(HandMadePdf.Compress(HandMadePdf.Content()));

        var readability = await new ReadabilityCheck(engine.Pdf, [PdfEngine.Poppler, PdfEngine.Ghostscript, missing]).CheckAsync("sheet.pdf", pdf, engine.Work, CancellationToken.None);

        Assert.Equal([missing], readability.Unchecked);
        Assert.True(readability.Clean);
        Assert.Equal(
            "sheet.pdf: read cleanly by poppler and Ghostscript; MuPDF could not be checked: '/nonexistent/mutool' is not installed (Debian/Ubuntu: apt-get install mupdf-tools)",
            readability.Summary().English);
        Assert.StartsWith("sheet.pdf: zonder fouten gelezen door poppler en Ghostscript; MuPDF kon niet nagekeken worden", readability.Summary().Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preflight_engines_count_the_pages_alike_and_poppler_reading_text_catches_a_truncated_stream()
    {
        var printed = await File.ReadAllBytesAsync(await engine.PrintedAsync("pages.html"));
        var whole = await new ReadabilityCheck(engine.Pdf, PdfEngine.Preflight).CheckAsync("pages.pdf", printed, engine.Work, CancellationToken.None);

        Assert.True(whole.Clean, string.Join("; ", whole.Problems().Select(p => p.English)));
        Assert.Single(whole.Readings.Select(r => r.PageCount).Distinct());
        Assert.True(whole.Readings.Single(r => r.Engine == PdfEngine.PopplerText).PageCount > 1);

        var content = HandMadePdf.Compress(HandMadePdf.Content());
        var truncated = await new ReadabilityCheck(engine.Pdf, [PdfEngine.PopplerText]).CheckAsync("truncated.pdf", HandMadePdf.WithFlateContent(content[..(content.Length / 2)]), engine.Work, CancellationToken.None);
        Assert.Contains(truncated.Readings, r => r.Warnings.Count > 0);
    }
}
