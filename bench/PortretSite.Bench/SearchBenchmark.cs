using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Playwright;
using PortretSite.Content;
using PortretSite.Print.Browser;
using PortretSite.Search;
using PortretSite.Site.Protection;

namespace PortretSite.Bench;

/// <summary>
/// The search on a large site: the work the build adds (parts, index, sealing every chunk), the index's size,
/// and in Chromium the time from a keystroke to shown results and the bytes a query downloads.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Queries = ["naaister", "wandelingen", "koffie zee", "vlieger", "tuin", "soep", "herfst"];

    public static async Task<int> RunAsync(string root, string siteUrl, string siteFolder, string password)
    {
        IndexCost(root);
        await BrowserAsync(root, siteUrl, siteFolder, password);
        return 0;
    }

    private static void IndexCost(string root)
    {
        var content = ContentLoader.Load(root);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var documents = content.Portraits.Select(p => new SearchDocument(p.Slug, p.Language, SearchableParts.Of(p))).ToList();
        var parts = clock.Elapsed;
        var chunks = SearchIndexBuilder.Build(documents);
        var built = clock.Elapsed;
        var key = RandomNumberGenerator.GetBytes(32);
        var sealedSizes = chunks.Select(c => Envelope.Seal(key, "bench", c.Value, ProtectedSearchWriter.ChunkMinimumSize).Length).ToList();
        var total = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var scripts = sealedSizes.Select(ScriptSize).Order().ToList();
        Console.WriteLine($"| portraits in one audience | {documents.Count} |");
        Console.WriteLine($"| parts of every reading | {Ms(parts)} |");
        Console.WriteLine($"| index built (words, stems, chunks, gzip) | {Ms(built - parts)} |");
        Console.WriteLine($"| every chunk sealed | {Ms(total - built)} |");
        Console.WriteLine($"| search work added to the build, one audience: wall, CPU | {Ms(total)}, {Ms(cpu)} |");
        Console.WriteLine($"| chunks | {chunks.Count} |");
        Console.WriteLine($"| index, compressed plaintext | {Kb(chunks.Values.Sum(c => (long)c.Length))} |");
        Console.WriteLine($"| index as published (sealed, padded, base64 scripts) | {Kb(scripts.Sum(s => (long)s))} |");
        Console.WriteLine($"| chunk file: median / largest | {Kb(scripts[scripts.Count / 2])} / {Kb(scripts[^1])} |");
    }

    /// <summary>The plaintext size of the search in the audience's list (the chunk and text names and keys, the stop words), opened as a reader does.</summary>
    private static long SearchPartOfList(string root, string password)
    {
        var data = Path.Combine(root, "output", "site", "data");
        var keysScript = File.ReadAllText(Path.Combine(data, "keys.js"));
        using var table = JsonDocument.Parse(keysScript["window.portretSlots(".Length..keysScript.LastIndexOf(')')]);
        var kdf = table.RootElement.GetProperty("kdf");
        var kek = SlotTable.DeriveKey(password, Convert.FromBase64String(kdf.GetProperty("salt").GetString()!), kdf.GetProperty("iterations").GetInt32());
        foreach (var slot in table.RootElement.GetProperty("slots").EnumerateArray())
        {
            try
            {
                using var opened = JsonDocument.Parse(Envelope.Open(kek, SlotTable.SlotId, Convert.FromBase64String(slot.GetString()!)));
                var grant = opened.RootElement.GetProperty("g")[0];
                var item = grant.GetProperty("i").GetString()!;
                var script = File.ReadAllText(Path.Combine(data, item + ".js"));
                using var list = JsonDocument.Parse(Envelope.Open(Convert.FromBase64String(grant.GetProperty("k").GetString()!), item, Convert.FromBase64String(script.Split('"')[3])));
                return list.RootElement.GetProperty("search").GetRawText().Length;
            }
            catch (CryptographicException)
            {
                // Another passphrase's slot, or a decoy.
            }
        }

        return 0;
    }

    private static async Task BrowserAsync(string root, string siteUrl, string siteFolder, string password)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserLocator.Locate(), Headless = true, Args = BrowserLocator.Arguments });
        var page = await browser.NewPageAsync();
        var loaded = new List<string>();
        page.RequestFinished += (_, request) => loaded.Add(request.Url);
        await page.GotoAsync(siteUrl);
        var unlockStart = Stopwatch.StartNew();
        await page.FillAsync("#password", password);
        await page.ClickAsync("#unlock-button");
        await page.WaitForSelectorAsync("#search-home-input");
        Console.WriteLine($"| unlock to the home page with its search field (PBKDF2 included) | {Ms(unlockStart.Elapsed)} |");
        var audienceList = loaded.Where(u => u.Contains("/data/", StringComparison.Ordinal) && !u.EndsWith("keys.js", StringComparison.Ordinal)).Sum(u => FileSize(siteFolder, u));
        Console.WriteLine($"| the audience's list (downloaded at unlock), of which its search | {Kb(audienceList)}, {Kb(SearchPartOfList(root, password))} |");
        var first = true;
        foreach (var query in Queries)
        {
            loaded.Clear();
            await page.FillAsync("#search-home-input", "");
            await page.EvaluateAsync("() => { const form = document.getElementById('search-home'); form.removeAttribute('data-ms'); form.removeAttribute('data-passages-ms'); }");
            var typed = Stopwatch.StartNew();
            await page.FillAsync("#search-home-input", query);
            await page.WaitForFunctionAsync("() => document.getElementById('search-home').hasAttribute('data-passages-ms') || document.querySelector('#search-home-count').textContent === document.getElementById('search-home').getAttribute('data-none')");
            var wall = typed.Elapsed;
            var inPage = await page.EvaluateAsync<string>("() => document.getElementById('search-home').getAttribute('data-ms') + ' ms, passages ' + document.getElementById('search-home').getAttribute('data-passages-ms')");
            var results = await page.Locator("#search-home .search__result").CountAsync();
            var bytes = loaded.Sum(u => FileSize(siteFolder, u));
            Console.WriteLine($"| {(first ? "first query after unlock" : "query")} `{query}`: shown; results, passages (in page); all with the test driver; downloaded | {results}; {inPage} ms; {Ms(wall)}; {Kb(bytes)} in {loaded.Count} files |");
            first = false;
        }

        // As you type: every keystroke of a word, the chunks already loaded.
        await page.FillAsync("#search-home-input", "");
        var keystrokes = new List<int>();
        foreach (var c in "wandelingen")
        {
            await page.EvaluateAsync("() => document.getElementById('search-home').removeAttribute('data-ms')");
            await page.Keyboard.TypeAsync(c.ToString(CultureInfo.InvariantCulture));
            await page.WaitForFunctionAsync("() => document.getElementById('search-home').hasAttribute('data-ms')");
            keystrokes.Add(int.Parse(await page.EvaluateAsync<string>("() => document.getElementById('search-home').getAttribute('data-ms')"), CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"| as you type `wandelingen`, ms to results per keystroke from the second letter | {string.Join(" ", keystrokes.Skip(1))} |");
    }

    /// <summary>The size of a data file the page loaded (over http or from the folder), from the disk.</summary>
    private static long FileSize(string siteFolder, string url)
    {
        var path = new Uri(url).AbsolutePath;
        return path.Contains("/data/", StringComparison.Ordinal) ? new FileInfo(Path.Combine(siteFolder, "data", Path.GetFileName(path))).Length : 0;
    }

    private static int ScriptSize(int sealedLength) => 40 + (sealedLength + 2) / 3 * 4;

    private static string Ms(TimeSpan span) => $"{span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    private static string Kb(long bytes) => $"{(bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KiB";
}
