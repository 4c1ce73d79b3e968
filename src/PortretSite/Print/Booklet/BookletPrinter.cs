using Microsoft.Playwright;
using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;

namespace PortretSite.Print.Booklet;

/// <summary>How wide a photo ended up on paper, in pixels per inch.</summary>
public sealed record PhotoResolution(string Photo, int Pixels, double Millimetres)
{
    public double Dpi => Pixels / (Millimetres / 25.4);
}

/// <summary>A booklet as the browser printed it, before it is finished for the print shop.</summary>
public sealed record PrintedBooklet(byte[] Pdf, IReadOnlyList<PhotoResolution> Photos, IReadOnlyList<string> Overflow, int Passes);

/// <summary>
/// Prints a booklet's HTML in Chromium. The first print tells on which page every part starts;
/// then chapters that would start on a left-hand page get a blank page before them, the page
/// numbers go into the contents (whose length never changes), and the second print is the one
/// that is kept — checked against what was planned, and printed once more if it differs.
/// </summary>
public sealed class BookletPrinter(BrowserHost browser, IPdfTools pdf)
{
    private const int MaxPasses = 4;

    public async Task<PrintedBooklet> PrintAsync(string htmlFile, BookletGeometry geometry, CancellationToken cancellationToken)
    {
        var width = (int)Math.Ceiling(geometry.PageWidth / 25.4 * 96);
        var height = (int)Math.Ceiling(geometry.PageHeight / 25.4 * 96);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync(BookletScripts.Ready);
        var rightStarts = await page.EvaluateAsync<string[]>(BookletScripts.MarkRightPages);
        var tocTargets = await page.EvalOnSelectorAllAsync<string[]>(".booklet-toc__page", "entries => entries.map(e => e.dataset.for)");
        var photos = (await page.EvaluateAsync<PhotoMeasurement[]>(BookletScripts.MeasurePhotos))
            .Select(m => new PhotoResolution(m.Photo, m.Pixels, m.Millimetres))
            .ToList();
        var overflow = await page.EvaluateAsync<string[]>(BookletScripts.FindOverflow, geometry.TextWidth);
        var options = new PagePdfOptions
        {
            Width = $"{geometry.PageWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)}mm",
            Height = $"{geometry.PageHeight.ToString(System.Globalization.CultureInfo.InvariantCulture)}mm",
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
        };

        var printed = await page.PdfAsync(options);
        for (var pass = 2; pass <= MaxPasses; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = Plan(rightStarts, tocTargets, pdf.NamedDestinations(printed));
            await page.EvaluateAsync(BookletScripts.Apply, new { blanks = plan.Blanks, pages = plan.Pages });
            printed = await page.PdfAsync(options);
            var after = pdf.NamedDestinations(printed);
            if (rightStarts.All(id => !after.ContainsKey(id) || after[id] % 2 == 1) && plan.Pages.All(entry => after.GetValueOrDefault(entry.Key) == entry.Value))
            {
                return new PrintedBooklet(printed, photos, overflow, pass);
            }
        }

        return new PrintedBooklet(printed, photos, overflow, MaxPasses);
    }

    /// <summary>The shape Playwright fills from the page's measurement script.</summary>
    private sealed class PhotoMeasurement
    {
        public string Photo { get; set; } = "";

        public int Pixels { get; set; }

        public double Millimetres { get; set; }
    }

    /// <summary>
    /// Walks the parts in order: one that would fall on an even (left) page gets a blank page
    /// before it, which moves it and everything after it one page on.
    /// </summary>
    public static (IReadOnlyList<string> Blanks, IReadOnlyDictionary<string, int> Pages) Plan(IReadOnlyList<string> rightStarts, IReadOnlyList<string> tocTargets, IReadOnlyDictionary<string, int> pages)
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

        var planned = tocTargets.Where(pages.ContainsKey).Distinct().ToDictionary(id => id, id => pages[id] + shiftFrom.Count(start => start <= pages[id]));
        return (blanks, planned);
    }
}
