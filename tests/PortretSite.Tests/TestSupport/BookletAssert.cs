using System.Globalization;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>Checks on a printed booklet, read back with poppler's text extraction.</summary>
public static class BookletAssert
{
    /// <summary>Every chapter is listed in the contents with the page it starts on, and starts on a right-hand (odd) page.</summary>
    public static void ContentsMatchChapters(string booklet, IReadOnlyList<string> chapters)
    {
        var pages = PdfCli.Pages(booklet);
        var texts = Enumerable.Range(1, pages).Select(p => PdfCli.Text(booklet, p)).ToList();
        var contents = texts.FindIndex(t => t.Contains("contents", StringComparison.OrdinalIgnoreCase) && chapters.All(c => t.Contains(c, StringComparison.Ordinal)));
        Assert.True(contents >= 0, "no contents page");

        foreach (var chapter in chapters)
        {
            var entry = texts[contents].Split('\n').Single(l => l.Contains(chapter, StringComparison.Ordinal));
            var listed = int.Parse(entry.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], CultureInfo.InvariantCulture);
            var actual = texts.FindIndex(contents + 1, t => t.Contains(chapter, StringComparison.Ordinal)) + 1;
            Assert.True(actual == listed, $"'{chapter}' is listed on page {listed} but starts on page {actual}");
            Assert.True(actual % 2 == 1, $"'{chapter}' starts on left-hand page {actual}");
        }
    }

    /// <summary>Pages 1 to <paramref name="pages"/> are cut to A5 with exactly 3 mm bleed on every side (MediaBox = BleedBox = 154 × 216 mm around the TrimBox).</summary>
    public static void A5WithBleed(string pdf, int pages)
    {
        const double mm = 72 / 25.4;
        for (var page = 1; page <= pages; page++)
        {
            var boxes = PdfCli.Boxes(pdf, page).ToDictionary(b => b.Name);
            foreach (var name in new[] { "MediaBox", "BleedBox" })
            {
                Assert.Equal(154 * mm, boxes[name].X2 - boxes[name].X1, 0.1);
                Assert.Equal(216 * mm, boxes[name].Y2 - boxes[name].Y1, 0.1);
            }

            var trim = boxes["TrimBox"];
            Assert.Equal(148 * mm, trim.X2 - trim.X1, 0.1);
            Assert.Equal(210 * mm, trim.Y2 - trim.Y1, 0.1);
            Assert.Equal(3 * mm, trim.X1 - boxes["MediaBox"].X1, 0.1);
            Assert.Equal(3 * mm, trim.Y1 - boxes["MediaBox"].Y1, 0.1);
        }
    }
}
