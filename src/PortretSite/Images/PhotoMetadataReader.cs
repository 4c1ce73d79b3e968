using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace PortretSite.Images;

/// <summary>
/// Reads what a photo's metadata can offer an editor (when it was taken, its description)
/// before every output is stripped of metadata.
/// </summary>
public static class PhotoMetadataReader
{
    public static PhotoMetadata Read(string path)
    {
        try
        {
            var directories = ImageMetadataReader.ReadMetadata(path);
            var sub = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
            var ifd0 = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
            DateTime? taken = sub is not null && sub.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var date) ? date : null;
            var description = ifd0?.GetString(ExifDirectoryBase.TagImageDescription)?.Trim();
            return new PhotoMetadata(taken, string.IsNullOrWhiteSpace(description) ? null : description);
        }
        catch (Exception ex) when (ex is ImageProcessingException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return PhotoMetadata.None;
        }
    }
}
