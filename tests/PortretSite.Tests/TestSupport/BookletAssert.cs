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
}
