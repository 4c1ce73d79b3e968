using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;

namespace PortretSite.Print.Booklet;

/// <summary>How wide a photo ended up on paper, in pixels per inch.</summary>
public sealed record PhotoResolution(string Photo, int Pixels, double Millimetres)
{
    public double Dpi => Pixels / (Millimetres / 25.4);
}

/// <summary>
/// Where a booklet's parts landed: the parts that got a blank page before them, the page of every
/// linked part, and how many notes pages fill the booklet to a multiple of 4 before the colophon.
/// </summary>
public sealed record BookletLayout(IReadOnlyList<string> Blanks, IReadOnlyDictionary<string, int> Pages, int NotesPages = 0)
{
    /// <summary>The argument of <see cref="BookletScripts.Arrange"/>.</summary>
    public object ScriptArgument() => new { blanks = Blanks, notes = NotesPages };
}

/// <summary>A booklet as the browser printed it, before it is finished for the print shop.</summary>
public sealed record PrintedBooklet(byte[] Pdf, IReadOnlyList<PhotoResolution> Photos, IReadOnlyList<string> Overflow, int Passes, BookletLayout Layout);

/// <summary>
/// Prints a booklet's HTML in Chromium, in two passes (<see cref="TwoPassPrint"/>): between
/// them, chapters that would start on a left-hand page get a blank page before them, and the
/// page numbers go into the contents.
/// </summary>
public sealed class BookletPrinter(BrowserHost browser, IPdfTools pdf)
{
    private static readonly ContentsEntries Contents = new(".booklet-toc__page", "for");

    /// <summary>
    /// Prints the booklet. With the layout of its previous print (a reprint after a small change)
    /// it tries that layout first: when every part lands where it did, one print is enough.
    /// </summary>
    public async Task<PrintedBooklet> PrintAsync(string htmlFile, BookletGeometry geometry, BookletLayout? previous, CancellationToken cancellationToken)
    {
        await using var page = await new PdfPrinter(browser).OpenAsync(htmlFile, new PaperSize(geometry.PageWidth, geometry.PageHeight), cancellationToken);
        var rightStarts = await page.Page.EvaluateAsync<string[]>(BookletScripts.MarkRightPages, null, cancellationToken);
        var photos = (await page.Page.EvaluateAsync<PhotoMeasurement[]>(BookletScripts.MeasurePhotos, null, cancellationToken))
            .Select(m => new PhotoResolution(m.Photo, m.Pixels, m.Millimetres))
            .ToList();
        var overflow = await page.Page.EvaluateAsync<string[]>(BookletScripts.FindOverflow, geometry.TextWidth, cancellationToken);
        var twoPass = new TwoPassPrint(pdf);
        if (previous is not null)
        {
            if (await twoPass.PrintAsExpectedAsync(page, Contents, previous.Pages, () => page.Page.EvaluateAsync(BookletScripts.Arrange, previous.ScriptArgument(), cancellationToken), cancellationToken) is { } reprinted)
            {
                return new PrintedBooklet(reprinted.Pdf, photos, overflow, reprinted.Passes, previous);
            }

            await page.Page.EvaluateAsync(BookletScripts.Arrange, new BookletLayout([], new Dictionary<string, int>()).ScriptArgument(), cancellationToken);
        }

        var layout = new BookletLayout([], new Dictionary<string, int>());
        var printed = await twoPass.PrintAsync(page, Contents, async (pages, token) =>
        {
            var (blanks, expected) = Plan(rightStarts, pages);
            layout = WithNotesPages(new BookletLayout(blanks, expected));
            await page.Page.EvaluateAsync(BookletScripts.Arrange, layout.ScriptArgument(), token);
            return layout.Pages;
        }, cancellationToken);
        return new PrintedBooklet(printed.Pdf, photos, overflow, printed.Passes, layout);
    }

    /// <summary>
    /// The pages for the family's own memories and notes that make the page count a multiple of 4
    /// (no more than that), inserted before the colophon so the back cover moves on by as many.
    /// </summary>
    public static BookletLayout WithNotesPages(BookletLayout layout)
    {
        if (!layout.Pages.TryGetValue(BookletScripts.BackCover, out var back))
        {
            return layout;
        }

        var notes = (4 - (back % 4)) % 4;
        return layout with { Pages = new Dictionary<string, int>(layout.Pages, StringComparer.Ordinal) { [BookletScripts.BackCover] = back + notes }, NotesPages = notes };
    }

    /// <summary>The shape of what the page's measurement script returns.</summary>
    private sealed class PhotoMeasurement
    {
        public string Photo { get; set; } = "";

        public int Pixels { get; set; }

        public double Millimetres { get; set; }
    }

    /// <summary>
    /// Walks the parts in order: one that would fall on an even (left) page gets a blank page
    /// before it, which moves it and everything after it one page on. Returns those parts and
    /// the page every linked element will then be on.
    /// </summary>
    public static (IReadOnlyList<string> Blanks, IReadOnlyDictionary<string, int> Pages) Plan(IReadOnlyList<string> rightStarts, IReadOnlyDictionary<string, int> pages)
    {
        var blanks = new List<string>();
        var shiftFrom = new List<int>();
        foreach (var id in rightStarts)
        {
            if (!pages.TryGetValue(id, out var page))
            {
                continue;
            }

            var shifted = page + shiftFrom.Count(start => start <= page);
            if (shifted % 2 == 0)
            {
                blanks.Add(id);
                shiftFrom.Add(page);
            }
        }

        return (blanks, pages.ToDictionary(entry => entry.Key, entry => entry.Value + shiftFrom.Count(start => start <= entry.Value), StringComparer.Ordinal));
    }
}
