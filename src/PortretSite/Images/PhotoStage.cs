using System.Globalization;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Progress;

namespace PortretSite.Images;

/// <summary>
/// The Images stage: every photo decoded at most once (and never again while it and the
/// settings are unchanged), every web width derived from that one decode, all outputs stripped
/// of metadata and named by hash. Photos are processed in parallel, a bounded number at a time.
/// </summary>
public sealed class PhotoStage(IImageProcessor processor, PhotoCache cache) : IPhotoStage
{
    /// <summary>Bump when the way outputs are made changes, so old cache entries are not reused.</summary>
    private const string Recipe = "v4";
    private const int PlaceholderWidth = 24;
    private static readonly (byte R, byte G, byte B) Paper = (0xFB, 0xF8, 0xF3);

    private int _decodes;
    private int _fromCache;

    /// <summary>How many photos this stage decoded (a warm build decodes none).</summary>
    public int Decodes => Volatile.Read(ref _decodes);

    public int FromCache => Volatile.Read(ref _fromCache);

    public async Task<PhotoCatalog> ProcessAsync(IReadOnlyList<PhotoJob> photos, ImageSettings settings, LimitSettings limits, DiagnosticBag diagnostics, IStepProgress progress, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(settings);
        var decodesBefore = Decodes;
        var cachedBefore = FromCache;
        var assets = new System.Collections.Concurrent.ConcurrentDictionary<string, PhotoAsset>(StringComparer.Ordinal);

        // The same photo copied into two portraits is made once.
        var groups = photos.GroupBy(job => SameContent(job.FullPath)).ToList();
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, (group, _) =>
        {
            var jobs = group.ToList();
            if (Process(jobs[0], settings, limits, fingerprint, diagnostics) is { } asset)
            {
                foreach (var job in jobs)
                {
                    assets[job.FullPath] = asset with { SourcePath = job.FullPath };
                }
            }

            foreach (var unused in jobs)
            {
                progress.Advance();
            }

            return ValueTask.CompletedTask;
        });
        cache.SaveSourceIndex();
        return new PhotoCatalog(assets, photos.Count, Decodes - decodesBefore, FromCache - cachedBefore);
    }

    public PhotoVariant PrintVariant(PhotoAsset asset, int widthPx, int quality)
    {
        var width = Math.Min(widthPx, asset.Width);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{asset.Hash}-print-{width}-q{quality}.jpg");
        var path = cache.PathFor(fileName);
        if (!File.Exists(path))
        {
            using var decoded = processor.Decode(asset.SourcePath, width, 10_000_000);
            Interlocked.Increment(ref _decodes);
            path = cache.WriteAtomically(fileName, decoded.Encode(decoded.Width, ImageFormat.Jpeg, quality, Paper));
        }

        return new PhotoVariant(fileName, path, width, (int)Math.Round((double)asset.Height * width / asset.Width), "image/jpeg");
    }

    public int Prune(IEnumerable<PhotoAsset> keep) => cache.Prune(keep.Select(a => a.Hash).ToHashSet(StringComparer.Ordinal));

    /// <summary>Groups jobs by content; a file that cannot be hashed stays on its own and is reported by <see cref="Process"/>.</summary>
    private string SameContent(string path)
    {
        try
        {
            return new FileInfo(path).Length == 0 ? path : cache.SourceHash(path);
        }
        catch (IOException)
        {
            return path;
        }
        catch (UnauthorizedAccessException)
        {
            return path;
        }
    }

    private PhotoAsset? Process(PhotoJob job, ImageSettings settings, LimitSettings limits, string fingerprint, DiagnosticBag diagnostics)
    {
        try
        {
            var info = new FileInfo(job.FullPath);
            if (info.Length == 0)
            {
                diagnostics.Error(job.DisplayPath, null, ImageMessages.Empty);
                return null;
            }

            if (info.Length > limits.MaxFileBytes)
            {
                diagnostics.Error(job.DisplayPath, null, ImageMessages.TooLarge(info.Length, limits.MaxFileBytes));
                return null;
            }

            var key = PhotoCache.Key(cache.SourceHash(job.FullPath), fingerprint);
            if (cache.Find(key) is { } cached)
            {
                Interlocked.Increment(ref _fromCache);
                return ToAsset(job.FullPath, key, cached);
            }

            var header = processor.ReadHeader(job.FullPath);
            if (header.Pixels > limits.MaxPixels)
            {
                diagnostics.Error(job.DisplayPath, null, ImageMessages.TooManyPixels(header.Width, header.Height, limits.MaxPixels));
                return null;
            }

            var made = Make(job.FullPath, key, settings);
            cache.Store(key, made);
            return ToAsset(job.FullPath, key, made);
        }
        catch (ImageReadException ex)
        {
            // The library's own words only for --verbose.
            diagnostics.Add(Diagnostic.Error(job.DisplayPath, null, ex.NotAnImage ? ImageMessages.Unreadable : ImageMessages.Incomplete) with { Detail = ex.Message });
            return null;
        }
        catch (IOException ex)
        {
            diagnostics.Add(Diagnostic.Error(job.DisplayPath, null, ImageMessages.FileNotReadable) with { Detail = ex.Message });
            return null;
        }
    }

    /// <summary>One decode at the largest width needed; every smaller width and the placeholder come from it.</summary>
    private CachedPhoto Make(string source, string key, ImageSettings settings)
    {
        var metadata = PhotoMetadataReader.Read(source);
        using var decoded = processor.Decode(source, settings.Widths.Max(), 10_000_000);
        Interlocked.Increment(ref _decodes);
        var widths = settings.Widths.Where(w => w < decoded.Width).Append(decoded.Width).Where(w => w <= settings.Widths.Max()).Distinct().Order().ToList();
        var variants = new List<CachedVariant>();
        var formats = settings.Formats.Select(Format).ToList();
        foreach (var format in formats)
        {
            // The last format is the fallback for browsers that read none of the others: one width is enough.
            var formatWidths = format == formats[^1] && formats.Count > 1 ? [FallbackWidth(widths)] : widths;
            foreach (var width in formatWidths)
            {
                var fileName = string.Create(CultureInfo.InvariantCulture, $"{key}-{width}.{Extension(format)}");
                cache.WriteAtomically(fileName, decoded.Encode(width, format, Quality(format, settings), Paper));
                variants.Add(new CachedVariant(fileName, width, (int)Math.Round((double)decoded.Height * width / decoded.Width), MediaType(format)));
            }
        }

        var placeholder = "data:image/webp;base64," + Convert.ToBase64String(decoded.Encode(Math.Min(PlaceholderWidth, decoded.Width), ImageFormat.Webp, 40, Paper));
        return new CachedPhoto(decoded.Width, decoded.Height, variants, placeholder, metadata.Taken, metadata.Description);
    }

    /// <summary>The fallback's width: the largest made width up to 960 pixels, or the smallest there is.</summary>
    private static int FallbackWidth(List<int> widths) => widths.Where(w => w <= 960).DefaultIfEmpty(widths[0]).Max();

    private PhotoAsset ToAsset(string source, string key, CachedPhoto cached) => new(
        source,
        key,
        cached.Width,
        cached.Height,
        [.. cached.Variants.Select(v => new PhotoVariant(v.FileName, cache.PathFor(v.FileName), v.Width, v.Height, v.MediaType))],
        cached.Placeholder,
        new PhotoMetadata(cached.Taken, cached.Description));

    private static string Fingerprint(ImageSettings settings) => string.Join(
        ";",
        Recipe,
        string.Join(",", settings.Widths),
        string.Join(",", settings.Formats),
        settings.WebpQuality,
        settings.JpegQuality,
        settings.AvifQuality);

    private static ImageFormat Format(string name) => name switch
    {
        "webp" => ImageFormat.Webp,
        "avif" => ImageFormat.Avif,
        _ => ImageFormat.Jpeg,
    };

    private static int Quality(ImageFormat format, ImageSettings settings) => format switch
    {
        ImageFormat.Webp => settings.WebpQuality,
        ImageFormat.Avif => settings.AvifQuality,
        _ => settings.JpegQuality,
    };

    private static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Webp => "webp",
        ImageFormat.Avif => "avif",
        _ => "jpg",
    };

    private static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Webp => "image/webp",
        ImageFormat.Avif => "image/avif",
        _ => "image/jpeg",
    };
}
