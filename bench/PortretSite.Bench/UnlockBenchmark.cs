using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using PortretSite.Print.Browser;

namespace PortretSite.Bench;

/// <summary>
/// Unlocking in Chromium, from the click to the first card shown: PBKDF2 (600,000 iterations), the slots, the
/// family's list. Run as this machine is, and with DevTools' CPU throttling at 6× as a stand-in for an old phone.
/// </summary>
public static class UnlockBenchmark
{
    public static async Task<int> RunAsync(string siteUrl, string password, int runs)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserLocator.Locate(), Headless = true, Args = BrowserLocator.Arguments });
        foreach (var rate in new[] { 1, 6 })
        {
            var times = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var context = await browser.NewContextAsync();
                var page = await context.NewPageAsync();
                var devtools = await context.NewCDPSessionAsync(page);
                await devtools.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = rate });
                await page.GotoAsync(siteUrl);
                await page.FillAsync("#password", password);
                var clock = Stopwatch.StartNew();
                await page.ClickAsync("#unlock-button");
                await page.WaitForSelectorAsync(".card__name", new() { Timeout = 120_000 });
                times.Add(clock.Elapsed.TotalMilliseconds);
                await context.CloseAsync();
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| CPU {rate}× | median {times[times.Count / 2]:0} ms | min {times[0]:0} ms | max {times[^1]:0} ms | {runs} runs |"));
        }

        return 0;
    }
}
