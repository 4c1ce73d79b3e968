using PortretSite.Foundation;
using System.Diagnostics;
using PortretSite.Build;
using PortretSite.Print.Booklet;
using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;

namespace PortretSite.Bench;

/// <summary>
/// Times printing one booklet with a browser that is already running: the booklet's HTML is made
/// by a normal build (its workspace stays in the cache), then printed <c>runs</c> times.
/// </summary>
internal static class BookletBenchmark
{
    public static async Task<int> RunAsync(string root, string slug, int runs)
    {
        var html = Path.Combine(new SiteLayout(root).BookletCache, "work", slug, "booklet.html");
        if (!File.Exists(html))
        {
            Console.Error.WriteLine($"{html} is missing: build the site (with booklets) first");
            return 1;
        }

        var geometry = BookletGeometry.From(new PortretSite.Content.Settings.PrintSettings());
        await using var browser = new BrowserHost();
        var printer = new BookletPrinter(browser, new PdfSharpTools());
        var warmup = await printer.PrintAsync(html, geometry, previous: null, CancellationToken.None);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var printed = await printer.PrintAsync(html, geometry, previous: null, CancellationToken.None);
            times.Add(clock.Elapsed.TotalSeconds);
            if (i == 0)
            {
                Console.WriteLine($"pages {new PdfSharpTools().Summarize(printed.Pdf).PageCount}, passes {printed.Passes}");
            }
        }

        var reprints = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var reprinted = await printer.PrintAsync(html, geometry, warmup.Layout, CancellationToken.None);
            reprints.Add(clock.Elapsed.TotalSeconds);
            if (reprinted.Passes != 1)
            {
                Console.Error.WriteLine($"a reprint with the previous layout needed {reprinted.Passes} passes");
            }
        }

        times.Sort();
        reprints.Sort();
        Console.WriteLine($"warm booklet print: median {times[times.Count / 2]:0.000} s, min {times[0]:0.000} s over {runs} runs (warm-up passes {warmup.Passes})");
        Console.WriteLine($"warm reprint with the previous layout: median {reprints[reprints.Count / 2]:0.000} s, min {reprints[0]:0.000} s over {runs} runs");
        return 0;
    }
}
