using System.Security.Cryptography;
using MetadataExtractor;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using PortretSite.Content.Diagnostics;
using PortretSite.Content.Settings;

namespace PortretSite.Images;

/// <summary>Placeholder stage: publishes each photo as it is, named by its content hash.</summary>
public sealed class CopyPhotoStage : IPhotoStage
{
    public Task<PhotoCatalog> ProcessAsync(IReadOnlyList<PhotoJob> photos, ImageSettings settings, LimitSettings limits, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var assets = new Dictionary<string, PhotoAsset>();
        foreach (var job in photos.DistinctBy(p => p.FullPath))
        {
            try
            {
                var bytes = File.ReadAllBytes(job.FullPath);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];
                var (width, height) = Size(job.FullPath);
                var extension = Path.GetExtension(job.FullPath).ToLowerInvariant();
                var mediaType = extension is ".png" ? "image/png" : "image/jpeg";
                var variant = new PhotoVariant($"{hash}{extension}", job.FullPath, width, height, mediaType);
                assets[job.FullPath] = new PhotoAsset(job.FullPath, hash, width, height, [variant], null, PhotoMetadata.None);
            }
            catch (Exception ex) when (ex is IOException or ImageProcessingException or InvalidOperationException)
            {
                diagnostics.Error(job.DisplayPath, null, new Message($"cannot read the photo: {ex.Message}", $"kan de foto niet lezen: {ex.Message}"));
            }
        }

        return Task.FromResult(new PhotoCatalog(assets));
    }

    private static (int Width, int Height) Size(string path)
    {
        var directories = ImageMetadataReader.ReadMetadata(path);
        var jpeg = directories.OfType<JpegDirectory>().FirstOrDefault();
        if (jpeg is not null)
        {
            return (jpeg.GetImageWidth(), jpeg.GetImageHeight());
        }

        var png = directories.OfType<PngDirectory>().FirstOrDefault();
        if (png is not null)
        {
            return (png.GetInt32(PngDirectory.TagImageWidth), png.GetInt32(PngDirectory.TagImageHeight));
        }

        throw new InvalidOperationException("not a JPEG or PNG file");
    }
}
