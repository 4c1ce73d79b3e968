using System.Diagnostics;
using PortretSite.Print.Browser;
using PortretSite.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace PortretSite.Tests.Print;

/// <summary>
/// How long a 48-page booklet of text and print-size photos takes to print with a warm browser,
/// against a bare <c>chromium --headless --print-to-pdf</c> of the same file. Figures only, no
/// timed assertions. Run with
/// <c>PORTRET_BENCHMARK=1 dotnet test --filter Category=Benchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(PrintEngineCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class PrintBenchmark(PrintEngine engine, ITestOutputHelper output)
{
    private const int Runs = 5;

    [SkippableFact]
    public async Task Warm_browser_against_a_bare_headless_print()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("PORTRET_BENCHMARK") == "1", "set PORTRET_BENCHMARK=1 to measure");
        var html = LongBooklet.Make(Path.Combine(engine.Work, "benchmark"));

        var cold = await TimeAsync(async () =>
        {
            await using var browser = new BrowserHost();
            return await new PdfPrinter(browser).PrintAsync(html, PrintEngine.A5WithBleed, CancellationToken.None);
        });
        await engine.Printer.PrintAsync(html, PrintEngine.A5WithBleed, CancellationToken.None);
        var warm = new List<double>();
        var twoPass = new List<double>();
        var bare = new List<double>();
        byte[] pdf = [];
        for (var run = 0; run < Runs; run++)
        {
            var (time, printed) = await TimeAsync(() => engine.Printer.PrintAsync(html, PrintEngine.A5WithBleed, CancellationToken.None));
            warm.Add(time);
            pdf = printed;
            twoPass.Add((await TimeAsync(async () =>
            {
                await using var page = await engine.Printer.OpenAsync(html, PrintEngine.A5WithBleed, CancellationToken.None);
                return (await new TwoPassPrint(engine.Pdf).PrintAsync(page, ContentsEntries.Default, CancellationToken.None)).Pdf;
            })).Seconds);
            bare.Add(Bare(html));
        }

        var pages = engine.Pdf.Summarize(pdf).PageCount;
        Assert.InRange(pages, LongBooklet.Pages - 2, LongBooklet.Pages + 2);
        Assert.Equal(pages, PdfCli.Pages(Path.Combine(Path.GetDirectoryName(html)!, "bare.pdf")));
        Report($"{pages} pages, {pdf.Length / 1024} KiB; median of {Runs} runs");
        Report($"bare chromium --headless --print-to-pdf : {Median(bare):0.00} s");
        Report($"warm browser, one print                : {Median(warm):0.00} s ({Median(warm) / Median(bare):0.00}× bare)");
        Report($"warm browser, two passes with contents : {Median(twoPass):0.00} s");
        Report($"cold: start the browser and print once : {cold.Seconds:0.00} s");
    }

    private void Report(FormattableString line) => output.WriteLine(FormattableString.Invariant(line));

    private static async Task<(double Seconds, byte[] Pdf)> TimeAsync(Func<Task<byte[]>> print)
    {
        var clock = Stopwatch.StartNew();
        var pdf = await print();
        return (clock.Elapsed.TotalSeconds, pdf);
    }

    private static double Bare(string html)
    {
        var start = new ProcessStartInfo(BrowserLocator.Locate()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--print-to-pdf={Path.Combine(Path.GetDirectoryName(html)!, "bare.pdf")}", "--no-pdf-header-footer", html })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
