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
public sealed class PhotoStage(IPhotoMaker maker, PhotoCache cache) : IPhotoStage
{
    /// <summary>Bump when the way outputs are made changes, so old cache entries are not reused.</summary>
    private const string Recipe = "v5";

    private int _decodes;
    private int _fromCache;

    /// <summary>How many photos this stage decoded (a warm build decodes none).</summary>
    public int Decodes => Volatile.Read(ref _decodes);

    public int FromCache => Volatile.Read(ref _fromCache);

    public void Prepare() => cache.Prepare();

    public async Task<PhotoCatalog> ProcessAsync(IReadOnlyList<PhotoJob> photos, ImageSettings settings, LimitSettings limits, DiagnosticBag diagnostics, IStepProgress progress, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(settings);
        var decodesBefore = Decodes;
        var cachedBefore = FromCache;
        var assets = new System.Collections.Concurrent.ConcurrentDictionary<string, PhotoAsset>(StringComparer.Ordinal);

        // The same photo copied into two portraits is made once.
        // Looked up on every core: a large site has tens of thousands of photos, nearly all unchanged.
        // Each source's size and time are asked once: the hash look-up and the checks share them.
        var groups = photos.AsParallel().AsOrdered().Select(job => (Job: job, Source: new FileInfo(job.FullPath))).ToList()
            .GroupBy(photo => SameContent(photo.Source)).ToList();
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, (group, _) =>
        {
            var jobs = group.Select(photo => photo.Job).ToList();
            if (Process(jobs[0], group.First().Source, group.Key, settings, limits, fingerprint, diagnostics) is { } asset)
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
        cache.SaveIndexes();
        return new PhotoCatalog(assets, photos.Count, Decodes - decodesBefore, FromCache - cachedBefore);
    }

    public PrintFile PrintFile(PhotoAsset asset, int widthPx, int quality)
    {
        var width = Math.Min(widthPx, asset.Width);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{asset.Hash}-print-{width}-q{quality}.jpg");
        var height = (int)Math.Round((double)asset.Height * width / asset.Width);
        return new PrintFile(asset, new PhotoVariant(fileName, cache.PathFor(fileName), width, height, "image/jpeg"), quality);
    }

    public void MakePrintFiles(IEnumerable<PrintFile> files)
    {
        foreach (var file in files.Where(f => !File.Exists(f.File.FullPath)))
        {
            if (maker.MakePrint(new PrintRequest(file.Photo.SourcePath, cache.Folder, file.File.FileName, file.File.Width, file.Quality)).Problem is { } problem)
            {
                throw new ImageReadException(problem.Message.English);
            }

            Interlocked.Increment(ref _decodes);
        }
    }

    public int Prune(PhotoCatalog keep) =>
        cache.Prune(keep.BySource.Values.Select(a => a.Hash).ToHashSet(StringComparer.Ordinal), keep.BySource.Keys.ToHashSet(StringComparer.Ordinal));

    /// <summary>Groups jobs by content hash; a file that is empty or cannot be hashed stays on its own (its path) and is reported by <see cref="Process"/>.</summary>
    private string SameContent(FileInfo source)
    {
        try
        {
            return source.Length == 0 ? source.FullName : cache.SourceHash(source);
        }
        catch (IOException)
        {
            return source.FullName;
        }
        catch (UnauthorizedAccessException)
        {
            return source.FullName;
        }
    }

    private PhotoAsset? Process(PhotoJob job, FileInfo info, string sameContent, ImageSettings settings, LimitSettings limits, string fingerprint, DiagnosticBag diagnostics)
    {
        try
        {
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

            var key = PhotoCache.Key(sameContent == info.FullName ? cache.SourceHash(info) : sameContent, fingerprint);
            if (cache.Find(key) is { } cached)
            {
                Interlocked.Increment(ref _fromCache);
                return ToAsset(job.FullPath, key, cached);
            }

            var made = maker.MakeVariants(new VariantsRequest(job.FullPath, cache.Folder, key, settings, limits.MaxPixels));
            if (made.Photo is not { } photo)
            {
                diagnostics.Add(Diagnostic.Error(job.DisplayPath, null, made.Problem!.Message) with { Detail = made.Problem.Detail });
                return null;
            }

            Interlocked.Increment(ref _decodes);
            cache.Store(key, photo);
            return ToAsset(job.FullPath, key, photo);
        }
        catch (IOException ex)
        {
            diagnostics.Add(Diagnostic.Error(job.DisplayPath, null, ImageMessages.FileNotReadable) with { Detail = ex.Message });
            return null;
        }
    }

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
}
