using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Progress;

namespace PortretSite.Images;

/// <summary>A photo to process: where it is, and how to name it in messages (relative to the site root).</summary>
public sealed record PhotoJob(string FullPath, string DisplayPath);

/// <summary>The processed photos of a build, looked up by the full path of their source file.</summary>
/// <param name="Files">The photo files the build asked for, readable or not: what its progress counted.</param>
/// <param name="Decoded">Distinct photos decoded now; the same photo in two files is decoded once.</param>
public sealed record PhotoCatalog(IReadOnlyDictionary<string, PhotoAsset> BySource, int Files, int Decoded, int FromCache)
{
    public static readonly PhotoCatalog Empty = new(new Dictionary<string, PhotoAsset>(), 0, 0, 0);

    public PhotoAsset? Find(string fullPath) => BySource.GetValueOrDefault(fullPath);
}

/// <summary>The Images stage: turns source photos into web variants (and, on request, print files).</summary>
public interface IPhotoStage
{
    /// <summary>Starts reading what the cache remembers, in the background, so the look-ups find it ready (a large site's indexes are megabytes).</summary>
    void Prepare();

    /// <summary>
    /// Processes every photo; a photo that cannot be read is reported in <paramref name="diagnostics"/>
    /// (naming the file) and left out of the catalog, and the others still process.
    /// </summary>
    Task<PhotoCatalog> ProcessAsync(IReadOnlyList<PhotoJob> photos, ImageSettings settings, LimitSettings limits, DiagnosticBag diagnostics, IStepProgress progress, CancellationToken cancellationToken);

    /// <summary>The print JPEG of the photo at most <paramref name="widthPx"/> wide (never enlarged): named and sized, not yet made.</summary>
    PrintFile PrintFile(PhotoAsset asset, int widthPx, int quality);

    /// <summary>Makes the print files not made before; each is made once and cached.</summary>
    void MakePrintFiles(IEnumerable<PrintFile> files);

    /// <summary>Removes cached files of photos that are not in <paramref name="keep"/>, and what the cache remembers of other source files (their paths name people).</summary>
    int Prune(PhotoCatalog keep);
}
