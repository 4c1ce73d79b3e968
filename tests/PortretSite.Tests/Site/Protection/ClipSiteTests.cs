using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// Recorded clips on the protected site and in the booklet: nothing of them readable without a key, played in real
/// Chromium after unlocking (from a host and from a folder, by mouse and by keyboard), and a booklet's QR code that
/// opens one clip without a password and nothing else.
/// </summary>
[Collection(ClipSiteCollection.Name)]
public sealed partial class ClipSiteTests(ClipSite site, SharedBrowser browser)
{
    private static readonly (string Name, byte[] Bytes)[] AudioSignatures =
    [
        ("Ogg", "OggS"u8.ToArray()),
        ("MP4/M4A", "ftyp"u8.ToArray()),
        ("MP3 ID3", "ID3"u8.ToArray()),
        ("WAV", "RIFF"u8.ToArray()),
        ("WebM/EBML", [0x1A, 0x45, 0xDF, 0xA3]),
        ("WebM doc type", "webm"u8.ToArray()),
    ];

    private IEnumerable<string> Files => Directory.EnumerateFiles(site.SiteFolder, "*", SearchOption.AllDirectories);

    [Fact]
    public void The_build_made_both_clips_without_errors()
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        Assert.Equal(2, site.Result.Clips.Total);
    }

    [Fact]
    public void No_audio_signature_or_transcript_word_in_any_file_or_decoded_payload()
    {
        foreach (var file in Files)
        {
            var bytes = File.ReadAllBytes(file);
            var isItem = file.Contains($"{Path.DirectorySeparatorChar}data{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            // An item's script is base64 text, where three or four letters meet by chance: its decoded payload is what is scanned.
            var scanned = isItem ? Payloads(Encoding.ASCII.GetString(bytes)).ToList() : [bytes];
            Assert.NotEmpty(scanned);
            foreach (var payload in scanned)
            {
                foreach (var (name, signature) in AudioSignatures.Where(s => !file.EndsWith(".woff2", StringComparison.Ordinal) || s.Name != "MP4/M4A"))
                {
                    Assert.True(payload.AsSpan().IndexOf(signature) < 0, $"{Path.GetFileName(file)} carries a {name} signature");
                }
            }

            Assert.DoesNotContain(ClipSite.TranscriptMarker, Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("bakkerij", Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task After_unlocking_a_clip_plays_and_its_transcript_shows(bool fromFolder)
    {
        await using var server = fromFolder ? null : await StaticSiteServer.StartAsync(site.SiteFolder);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(server?.Address.AbsoluteUri ?? new Uri(Path.Combine(site.SiteFolder, "index.html")).AbsoluteUri);
        await UnlockForm.UnlockAsync(page, ClipSite.Password);
        await page.ClickAsync(".card a");
        var player = page.Locator("#clip-1 audio");
        await page.WaitForFunctionAsync("() => (document.querySelector('#clip-1 audio')?.src || '').startsWith('blob:')");

        await player.ClickAsync(new LocatorClickOptions { Position = new Position { X = 20, Y = 20 } });

        await page.WaitForFunctionAsync("() => document.querySelector('#clip-1 audio').currentTime > 0.3");
        Assert.True(await page.Locator("#clip-1 .clip__transcript").IsVisibleAsync());
        Assert.Contains(ClipSite.TranscriptMarker, await page.Locator("#clip-1 .clip__transcript").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("De bakkerij", await page.Locator("#clip-1-title").TextContentAsync());
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "a portrait page with clips");
    }

    [Fact]
    public async Task With_the_keyboard_alone_a_reader_reaches_the_player_and_plays_it()
    {
        await using var server = await StaticSiteServer.StartAsync(site.SiteFolder);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(server.Address.AbsoluteUri);
        await UnlockForm.UnlockAsync(page, ClipSite.Password);
        await page.WaitForSelectorAsync(".card a");
        await page.FocusAsync(".card a");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => (document.querySelector('#clip-1 audio')?.src || '').startsWith('blob:')");

        var reached = false;
        for (var presses = 0; presses < 80 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('#clip-1 audio')");
        }

        Assert.True(reached, "Tab never reached the clip's player");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => document.querySelector('#clip-1 audio').currentTime > 0.3");
    }

    [Fact]
    public async Task The_booklet_QR_code_opens_its_clip_without_a_password_and_its_key_opens_nothing_else()
    {
        var url = QrCodes.FirstInPdf(Path.Combine(site.PrintFolder, ClipSite.Slug + ".pdf"));
        Assert.StartsWith(site.SiteAddress.AbsoluteUri + ClipLinks.FragmentPrefix, url, StringComparison.Ordinal);
        Assert.Contains("QR", File.ReadAllText(Path.Combine(site.PrintFolder, ClipSite.Slug + ".preflight.txt")), StringComparison.Ordinal);
        Assert.Matches(@"22 × 22 mm\s+De bakkerij", File.ReadAllText(Path.Combine(site.PrintFolder, ClipSite.Slug + ".preflight.txt")));

        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => (document.querySelector('.clip--alone audio')?.src || '').startsWith('blob:')");
        await page.Locator(".clip--alone audio").ClickAsync(new LocatorClickOptions { Position = new Position { X = 20, Y = 20 } });
        await page.WaitForFunctionAsync("() => document.querySelector('.clip--alone audio').currentTime > 0.3");
        var text = await page.Locator("#content").InnerTextAsync();
        Assert.Contains(ClipSite.TranscriptMarker, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ClipSite.StoryMarker, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quintavalle", text, StringComparison.Ordinal);
        Assert.True(await page.Locator("#unlock").IsHiddenAsync());

        // The key in the fragment, tried on every item of the site with the project's own envelope code: one opens.
        var fragment = url[(url.IndexOf(ClipLinks.FragmentPrefix, StringComparison.Ordinal) + ClipLinks.FragmentPrefix.Length)..].Split('.');
        var key = Convert.FromBase64String(fragment[1].Replace('-', '+').Replace('_', '/') + new string('=', (4 - (fragment[1].Length % 4)) % 4));
        var items = new SealedItems(site.Root, site.SiteFolder);
        var opened = new List<string>();
        foreach (var item in Directory.EnumerateFiles(Path.Combine(site.SiteFolder, "data"), "*.js").Select(Path.GetFileNameWithoutExtension).Where(i => i != "keys"))
        {
            try
            {
                items.Open(item!, key);
                opened.Add(item!);
            }
            catch (CryptographicException)
            {
                // Not this key's item: as it should be.
            }
        }

        Assert.Equal([fragment[0]], opened);
        var plain = Encoding.UTF8.GetString(items.Open(fragment[0], key));
        Assert.Contains(ClipSite.TranscriptMarker, plain, StringComparison.Ordinal);
        Assert.DoesNotContain(ClipSite.StoryMarker, plain, StringComparison.Ordinal);
    }

    private static IEnumerable<byte[]> Payloads(string script) =>
        Base64Literal().Matches(script).Select(m => Convert.FromBase64String(m.Groups[1].Value));

    [GeneratedRegex("\"([A-Za-z0-9+/=]{40,})\"")]
    private static partial Regex Base64Literal();
}
