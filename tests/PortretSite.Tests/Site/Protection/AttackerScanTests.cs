using System.Text;
using System.Text.RegularExpressions;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// Reads the published site the way someone without a password can: every byte of every file,
/// every file name, and every ciphertext payload decoded. Nothing about a person may show.
/// </summary>
[Collection(ProtectedSiteCollection.Name)]
public sealed partial class AttackerScanTests(ProtectedSite site)
{
    // Each signature is long enough that ciphertext does not carry it by chance: three bytes (a bare JPEG start) turn up
    // in one of every 16 MiB of random bytes, and a run seals megabytes of photos under fresh nonces; six turn up in one of 256 TiB.
    private static readonly (string Name, byte[] Bytes)[] Signatures =
    [
        ("JPEG", [0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43]),
        ("JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]),
        ("JPEG", "JFIF\0"u8.ToArray()),
        ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]),
        ("WebP", "WEBPVP8"u8.ToArray()),
        ("PDF", "%PDF-"u8.ToArray()),
        ("EXIF", "Exif\0\0"u8.ToArray()),
        ("HEIF/AVIF", "ftypheic"u8.ToArray()),
        ("HEIF/AVIF", "ftypmif1"u8.ToArray()),
        ("HEIF/AVIF", "ftypavif"u8.ToArray()),
        ("XMP", "x:xmpmeta"u8.ToArray()),
    ];

    private IEnumerable<string> Files => Directory.EnumerateFiles(site.SiteFolder, "*", SearchOption.AllDirectories);

    [Fact]
    public void The_build_succeeded_and_published_something_to_scan()
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        Assert.True(Files.Count() > 10);
    }

    [Fact]
    public void No_marker_appears_in_any_byte_or_file_name()
    {
        foreach (var file in Files)
        {
            var relative = Path.GetRelativePath(site.SiteFolder, file);
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            foreach (var marker in ProtectedSite.Markers)
            {
                Assert.DoesNotContain(marker, relative, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(marker, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(marker, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void No_image_pdf_or_exif_signature_in_files_or_decoded_payloads()
    {
        foreach (var file in Files)
        {
            var bytes = File.ReadAllBytes(file);
            var payloads = Payloads(Encoding.ASCII.GetString(bytes)).Prepend(bytes);
            foreach (var payload in payloads)
            {
                foreach (var (name, signature) in Signatures.Where(s => !IsFont(file) || s.Name != "HEIF/AVIF"))
                {
                    Assert.True(payload.AsSpan().IndexOf(signature) < 0, $"{Path.GetFileName(file)} carries a {name} signature");
                }
            }
        }
    }

    [Fact]
    public void Every_payload_is_an_envelope_of_bucketed_size()
    {
        var payloads = Files.Where(f => f.EndsWith(".js", StringComparison.Ordinal) && f.Contains("/data/", StringComparison.Ordinal))
            .SelectMany(f => Payloads(File.ReadAllText(f))).ToList();

        Assert.NotEmpty(payloads);
        Assert.All(payloads, p => Assert.Equal("PRT"u8.ToArray(), p[..3]));
        // Search chunks are padded from a smaller minimum than pages (ProtectedSearchWriter.ChunkMinimumSize).
        Assert.All(payloads.Where(p => p.Length > 600), p => Assert.Contains(p.Length - 32, new[]
        {
            PortretSite.Site.Protection.Envelope.Bucket(p.Length - 32),
            PortretSite.Site.Protection.Envelope.Bucket(p.Length - 32, PortretSite.Site.Protection.ProtectedSearchWriter.ChunkMinimumSize),
        }));
    }

    [Fact]
    public void No_reference_to_any_other_origin()
    {
        foreach (var file in Files.Where(f => !IsFont(f)))
        {
            var text = File.ReadAllText(file);
            Assert.False(ExternalReference().IsMatch(text), $"{Path.GetFileName(file)} refers to another origin: {ExternalReference().Match(text).Value}");
        }
    }

    [Fact]
    public void No_sitemap_feed_search_index_or_social_preview()
    {
        var names = Files.Select(f => Path.GetFileName(f).ToLowerInvariant()).ToList();
        foreach (var forbidden in new[] { "sitemap", "feed", "rss", "atom", "search", "manifest", "robots.txt", "sw.js", "service-worker" })
        {
            Assert.DoesNotContain(names, n => n.Contains(forbidden, StringComparison.Ordinal));
        }

        var shell = File.ReadAllText(Path.Combine(site.SiteFolder, "index.html"));
        Assert.DoesNotContain("og:", shell, StringComparison.Ordinal);
        Assert.Contains("noindex", shell, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"referrer\" content=\"no-referrer\">", shell, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", shell, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", shell, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", shell, StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_is_not_published_even_encrypted()
    {
        var keys = new PortretSite.Site.Protection.KeyRing(PortretSite.Site.Protection.SiteSecret.Load(site.Root, new PortretSite.Foundation.Diagnostics.DiagnosticBag(), _ => { })!);

        Assert.True(File.Exists(Path.Combine(site.SiteFolder, "data", keys.ItemId("page/zorblax") + ".js")));
        Assert.False(File.Exists(Path.Combine(site.SiteFolder, "data", keys.ItemId("page/ozymira") + ".js")));
        Assert.Equal(3, site.Result.PortraitsPublished);
    }

    private static bool IsFont(string file) => file.EndsWith(".woff2", StringComparison.Ordinal);

    private static IEnumerable<byte[]> Payloads(string script) =>
        Base64Literal().Matches(script).Select(m => Convert.FromBase64String(m.Groups[1].Value));

    [GeneratedRegex("\"([A-Za-z0-9+/=]{40,})\"")]
    private static partial Regex Base64Literal();

    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
