using PortretSite.Print.Browser;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>The contents get their page numbers from a first print and are checked in the second.</summary>
[Collection(PrintEngineCollection.Name)]
public sealed class TwoPassPrintTests(PrintEngine engine)
{
    private static readonly (string Id, string Title)[] Chapters = [("river", "The river"), ("bakery", "The bakery"), ("choir", "The choir")];

    [Fact]
    public async Task Each_contents_entry_shows_the_page_its_chapter_starts_on()
    {
        await using var page = await engine.Printer.OpenAsync(PrintEngine.Document("contents.html"), PrintEngine.A5WithBleed, CancellationToken.None);

        var numbered = await new TwoPassPrint(engine.Pdf).PrintAsync(page, ContentsEntries.Default, CancellationToken.None);

        Assert.True(numbered.Settled);
        Assert.Equal(2, numbered.Passes);
        var pdf = engine.Save("contents-numbered.pdf", numbered.Pdf);
        var texts = Enumerable.Range(1, PdfCli.Pages(pdf)).Select(p => PdfCli.Text(pdf, p)).ToList();
        Assert.Equal(7, texts.Count);
        var contents = texts[0].Split('\n');
        foreach (var (id, title) in Chapters)
        {
            var listed = int.Parse(contents.Single(l => l.Contains(title, StringComparison.Ordinal)).Trim()[title.Length..], System.Globalization.CultureInfo.InvariantCulture);
            var actual = texts.FindIndex(1, t => t.Contains(title, StringComparison.Ordinal)) + 1;
            Assert.Equal(actual, listed);
            Assert.Equal(actual, numbered.Pages[id]);
        }

        Assert.Equal([2, 4, 7], Chapters.Select(c => numbered.Pages[c.Id]));
    }

    [Fact]
    public async Task An_arrangement_between_the_passes_moves_the_numbers_with_it()
    {
        await using var page = await engine.Printer.OpenAsync(PrintEngine.Document("contents.html"), PrintEngine.A5WithBleed, CancellationToken.None);

        // As a booklet does for chapters that must start on the right: a blank page before the bakery.
        var numbered = await new TwoPassPrint(engine.Pdf).PrintAsync(page, ContentsEntries.Default, async (printed, token) =>
        {
            await page.Page.EvaluateAsync("""() => { const blank = document.createElement("div"); blank.style.cssText = "break-before: page; break-after: page; height: 1mm"; document.getElementById("bakery").before(blank); }""", null, token);
            return printed.ToDictionary(p => p.Key, p => p.Key == "river" ? p.Value : p.Value + 1);
        }, CancellationToken.None);

        Assert.True(numbered.Settled);
        Assert.Equal([2, 5, 8], Chapters.Select(c => numbered.Pages[c.Id]));
        var pdf = engine.Save("contents-arranged.pdf", numbered.Pdf);
        Assert.Matches(@"The bakery\s+5", PdfCli.Text(pdf, 1));
        Assert.Matches(@"The choir\s+8", PdfCli.Text(pdf, 1));
    }
}
