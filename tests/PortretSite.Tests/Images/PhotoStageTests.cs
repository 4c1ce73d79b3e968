using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Settings;
using PortretSite.Images;
using PortretSite.Images.Vips;
using PortretSite.Tests.TestSupport;
using Xunit;
using PortretSite.Foundation.Progress;

namespace PortretSite.Tests.Images;

/// <summary>The Images stage on real libvips, with the awkward fixtures of the print shop's and families' world.</summary>
public sealed class PhotoStageTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "portret-images-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ImageSettings _settings = new();
    private readonly LimitSettings _limits = new();

    public PhotoStageTests() => Directory.CreateDirectory(_work);

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private PhotoStage NewStage() => new(new PhotoMaker(new VipsImageProcessor()), new PhotoCache(Path.Combine(_work, "cache")));

    private string Source(string fixture, string? name = null)
    {
        var path = Path.Combine(_work, "photos", name ?? Path.GetFileName(fixture));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RepositoryPaths.Fixture(fixture), path, overwrite: true);
        return path;
    }

    private async Task<(PhotoCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics)> Process(PhotoStage stage, params string[] paths)
    {
        var diagnostics = new DiagnosticBag();
        var jobs = paths.Select(p => new PhotoJob(p, "input/portraits/p/photos/" + Path.GetFileName(p))).ToList();
        var catalog = await stage.ProcessAsync(jobs, _settings, _limits, diagnostics, SilentProgress.Instance, CancellationToken.None);
        return (catalog, diagnostics.ToList());
    }

    [Fact]
    public async Task Rotated_photo_comes_out_upright_with_the_right_dimensions()
    {
        var source = Source("images/exif-gps-rotated.jpg");

        var (catalog, diagnostics) = await Process(NewStage(), source);

        DiagnosticAssert.NoErrors(diagnostics);
        var asset = catalog.Find(source)!;
        Assert.Equal((1500, 2400), (asset.Width, asset.Height));
        Assert.Equal([480, 960, 1500], asset.Variants.Where(v => v.MediaType == "image/webp").Select(v => v.Width));
        Assert.Equal([960], asset.Variants.Where(v => v.MediaType == "image/jpeg").Select(v => v.Width));
        var largest = asset.Largest.FullPath;
        Assert.Equal("1500", VipsCli.Field(largest, "width"));
        Assert.Equal("2400", VipsCli.Field(largest, "height"));
    }

    [Fact]
    public async Task No_output_carries_gps_artist_camera_or_an_exif_block()
    {
        var sources = new[] { "images/exif-gps-rotated.jpg", "images/cmyk.jpg", "images/alpha.png", "images/low-res-320.jpg" }.Select(f => Source(f)).ToArray();

        var (catalog, _) = await Process(NewStage(), sources);

        var files = catalog.BySource.Values.SelectMany(a => a.Variants).Select(v => v.FullPath).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var marker in new[] { "Exif\0\0", "Fixture Camera Owner", "Canon", "Canonet", "GPS", "http://ns.adobe.com/xap" })
            {
                Assert.True(IndexOf(bytes, Encoding.ASCII.GetBytes(marker)) < 0, $"{Path.GetFileName(file)} contains '{marker}'");
            }

            var exif = VipsCli.Run("exiftool", "-a", "-G1", "-s", file);
            Assert.DoesNotContain("[GPS]", exif, StringComparison.Ordinal);
            Assert.DoesNotContain("Artist", exif, StringComparison.Ordinal);
            Assert.DoesNotContain("Model", exif, StringComparison.Ordinal);
            Assert.DoesNotContain("[IFD0]", exif, StringComparison.Ordinal);
        }

        Assert.All(catalog.BySource.Values, a => Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(Convert.FromBase64String(a.PlaceholderDataUri!.Split(',')[1])), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_description_and_date_are_read_before_stripping()
    {
        var source = Source("images/exif-gps-rotated.jpg");

        var (catalog, _) = await Process(NewStage(), source);

        var metadata = catalog.Find(source)!.Metadata;
        Assert.Equal("Op de dijk, zomer 1962", metadata.Description);
        Assert.Equal(new DateTime(1962, 7, 14, 15, 30, 0), metadata.Taken);
    }

    [Fact]
    public async Task Cmyk_comes_out_srgb_with_its_warm_colours_not_inverted()
    {
        var source = Source("images/cmyk.jpg");

        var (catalog, _) = await Process(NewStage(), source);

        var jpeg = catalog.Find(source)!.Fallback.FullPath;
        Assert.Contains("sRGB", VipsCli.Field(jpeg, "interpretation"), StringComparison.Ordinal);
        var (r, g, b) = VipsCli.BandMeans(jpeg) is [var red, var green, var blue] ? (red, green, blue) : throw new InvalidOperationException("not three bands");
        Assert.True(r > g && g > b, $"the autumn painting should stay warm: R {r:0} G {g:0} B {b:0}");
        Assert.InRange(r, 170, 230);
        Assert.InRange(b, 80, 150);
    }

    [Fact]
    public async Task A_wide_gamut_photo_is_converted_through_its_profile_and_a_plain_srgb_one_keeps_its_pixels()
    {
        var wide = Source("images/wide-gamut-p3.jpg");
        var plain = Source("images/low-res-320.jpg");

        var (catalog, _) = await Process(NewStage(), wide, plain);

        var converted = VipsCli.Pixel(catalog.Find(wide)!.Variants.First(v => v.MediaType == "image/jpeg").FullPath, 30, 30);
        Assert.InRange(converted[0], 212, 228);
        Assert.InRange(converted[1], 23, 39);
        Assert.InRange(converted[2], 32, 48);
        var kept = VipsCli.Pixel(catalog.Find(plain)!.Variants.First(v => v is { MediaType: "image/webp", Width: 320 }).FullPath, 100, 100);
        var original = VipsCli.Pixel(plain, 100, 100);
        for (var band = 0; band < 3; band++)
        {
            Assert.InRange(kept[band], original[band] - 6, original[band] + 6);
        }
    }

    [Fact]
    public async Task Alpha_survives_in_webp_and_the_jpeg_is_flattened_on_the_page_colour_not_black()
    {
        var source = Source("images/alpha.png");

        var (catalog, _) = await Process(NewStage(), source);

        var asset = catalog.Find(source)!;
        var webp = asset.Variants.First(v => v.MediaType == "image/webp" && v.Width == 600).FullPath;
        var jpeg = asset.Variants.First(v => v.MediaType == "image/jpeg" && v.Width == 600).FullPath;
        Assert.Equal("4", VipsCli.Field(webp, "bands"));
        var original = VipsCli.Pixel(RepositoryPaths.Fixture("images/alpha.png"), 2, 2);
        var alpha = original[3] / 255;
        var expected = new[] { 251.0, 248, 243 }.Select((paper, i) => (original[i] * alpha) + (paper * (1 - alpha))).ToArray();
        var flattened = VipsCli.Pixel(jpeg, 2, 2);
        for (var band = 0; band < 3; band++)
        {
            Assert.InRange(flattened[band], expected[band] - 8, expected[band] + 8);
        }
    }

    [Fact]
    public async Task A_low_resolution_photo_is_never_upscaled()
    {
        var source = Source("images/low-res-320.jpg");

        var (catalog, _) = await Process(NewStage(), source);

        Assert.All(catalog.Find(source)!.Variants, v => Assert.Equal(320, v.Width));
    }

    [Theory]
    [InlineData("images/corrupt.jpg", "cannot read the photo: not an image format PortretSite can read (JPEG, PNG, WebP, TIFF, HEIC or AVIF); save it again as JPEG")]
    [InlineData("images/truncated.jpg", "the photo is incomplete or damaged; copy it again from the original")]
    public async Task Broken_files_are_reported_by_name_and_the_others_still_process(string fixture, string message)
    {
        var broken = Source(fixture);
        var good = Source("images/low-res-320.jpg");

        var (catalog, diagnostics) = await Process(NewStage(), broken, good);

        DiagnosticAssert.HasError(diagnostics, "input/portraits/p/photos/" + Path.GetFileName(fixture), null, message);
        Assert.Null(catalog.Find(broken));
        Assert.NotNull(catalog.Find(good));
    }

    [Fact]
    public async Task An_empty_file_is_reported()
    {
        var empty = Path.Combine(_work, "photos", "leeg.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(empty)!);
        await File.WriteAllBytesAsync(empty, []);

        var (_, diagnostics) = await Process(NewStage(), empty);

        DiagnosticAssert.HasError(diagnostics, "input/portraits/p/photos/leeg.jpg", null, "the photo file is empty (0 bytes)");
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_from_its_header_without_decoding()
    {
        var bomb = Path.Combine(_work, "photos", "bomb.png");
        Directory.CreateDirectory(Path.GetDirectoryName(bomb)!);
        await File.WriteAllBytesAsync(bomb, PngClaiming(50_000, 50_000));
        var stage = NewStage();

        var clock = Stopwatch.StartNew();
        var (_, diagnostics) = await Process(stage, bomb);
        clock.Stop();

        Assert.True(new FileInfo(bomb).Length < 1024);
        DiagnosticAssert.HasError(diagnostics, "input/portraits/p/photos/bomb.png", null,
            "the photo is 50000 × 50000 pixels, more than the limit of 100 megapixels (raise Limits.MaxMegapixels in statiq.json)");
        Assert.Equal(0, stage.Decodes);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the header alone should refuse it");
    }

    [Fact]
    public async Task A_heic_photo_from_a_phone_is_read()
    {
        var heic = Path.Combine(_work, "photos", "telefoon.heic");
        Directory.CreateDirectory(Path.GetDirectoryName(heic)!);
        VipsCli.Run("vips", "copy", RepositoryPaths.Fixture("content/small.jpg"), heic);

        var (catalog, diagnostics) = await Process(NewStage(), heic);

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal(400, catalog.Find(heic)!.Width);
    }

    [Fact]
    public async Task A_warm_run_decodes_nothing_and_each_photo_is_decoded_once_when_cold()
    {
        var sources = new[] { Source("images/cmyk.jpg"), Source("images/alpha.png"), Source("images/low-res-320.jpg") };
        var cold = NewStage();
        await Process(cold, sources);

        var warm = NewStage();
        var (catalog, _) = await Process(warm, sources);

        Assert.Equal(3, cold.Decodes);
        Assert.Equal(0, warm.Decodes);
        Assert.Equal(3, warm.FromCache);
        Assert.Equal(3, catalog.BySource.Count);
    }

    [Fact]
    public async Task Output_names_come_from_the_content_not_from_the_source_name()
    {
        var source = Source("images/low-res-320.jpg", "oma-maria-van-damme-1962.jpg");

        var (catalog, _) = await Process(NewStage(), source);

        Assert.All(catalog.Find(source)!.Variants, v => Assert.Matches("^[0-9a-f]{20}-[0-9]+\\.(jpg|webp)$", v.FileName));
    }

    [Fact]
    public async Task A_print_variant_is_a_stripped_jpeg_at_the_asked_width_and_never_enlarged()
    {
        var source = Source("images/exif-gps-rotated.jpg");
        var stage = NewStage();
        var (catalog, _) = await Process(stage, source);
        var asset = catalog.Find(source)!;

        var print = stage.PrintFile(asset, 1200, 90);
        var enlarged = stage.PrintFile(asset, 5000, 90);
        stage.MakePrintFiles([print]);

        Assert.Equal("1200", VipsCli.Field(print.File.FullPath, "width"));
        Assert.Equal(1920, print.File.Height);
        Assert.Equal(1500, enlarged.File.Width);
        Assert.DoesNotContain("GPS", VipsCli.Run("exiftool", "-a", "-G1", print.File.FullPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pruning_removes_what_no_build_uses()
    {
        var kept = Source("images/low-res-320.jpg");
        var dropped = Source("images/cmyk.jpg");
        var stage = NewStage();
        var (catalog, _) = await Process(stage, kept, dropped);

        stage.Prune(catalog with { BySource = new Dictionary<string, PhotoAsset> { [kept] = catalog.Find(kept)! } });

        Assert.All(catalog.Find(kept)!.Variants, v => Assert.True(File.Exists(v.FullPath)));
        Assert.All(catalog.Find(dropped)!.Variants, v => Assert.False(File.Exists(v.FullPath)));
        var sources = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(_work, "cache"), "sources.json", SearchOption.AllDirectories).Single());
        Assert.Contains(Path.GetFileName(kept), sources, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(dropped), sources, StringComparison.Ordinal);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    /// <summary>A valid PNG whose header claims the given size, with only one tiny compressed row.</summary>
    private static byte[] PngClaiming(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1 + (3 * 64)]);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }
}
