using PortretSite.Content.Diagnostics;
using PortretSite.Content.Settings;

namespace PortretSite.Images;

/// <summary>A photo to process: where it is, and how to name it in messages (relative to the site root).</summary>
public sealed record PhotoJob(string FullPath, string DisplayPath);

/// <summary>The processed photos of a build, looked up by the full path of their source file.</summary>
public sealed record PhotoCatalog(IReadOnlyDictionary<string, PhotoAsset> BySource)
{
    public static readonly PhotoCatalog Empty = new(new Dictionary<string, PhotoAsset>());

    public PhotoAsset? Find(string fullPath) => BySource.GetValueOrDefault(fullPath);
}

/// <summary>The Images stage: turns source photos into web variants (and, on request, print files).</summary>
public interface IPhotoStage
{
    /// <summary>
    /// Processes every photo; a photo that cannot be read is reported in <paramref name="diagnostics"/>
    /// (naming the file) and left out of the catalog, and the others still process.
    /// </summary>
    Task<PhotoCatalog> ProcessAsync(IReadOnlyList<PhotoJob> photos, ImageSettings settings, LimitSettings limits, DiagnosticBag diagnostics, CancellationToken cancellationToken);
}
