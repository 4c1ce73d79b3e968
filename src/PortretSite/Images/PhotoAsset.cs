namespace PortretSite.Images;

/// <summary>One file made from a photo for the web: a width in one format.</summary>
public sealed record PhotoVariant(string FileName, string FullPath, int Width, int Height, string MediaType);

/// <summary>
/// A JPEG of a photo for paper, named and sized before it is made: a booklet's markup refers to
/// it, and <see cref="IPhotoStage.MakePrintFiles"/> makes it from the photo at the given quality.
/// </summary>
public sealed record PrintFile(PhotoAsset Photo, PhotoVariant File, int Quality);

/// <summary>What was read from a photo's metadata before it was stripped.</summary>
public sealed record PhotoMetadata(DateTime? Taken, string? Description)
{
    public static readonly PhotoMetadata None = new(null, null);
}

/// <summary>
/// A processed photo: its upright size, the web variants (ascending width, per format), a tiny
/// placeholder, and what its metadata said. File names derive from the content hash, never from
/// the source name (which can carry people's names).
/// </summary>
public sealed record PhotoAsset(
    string SourcePath,
    string Hash,
    int Width,
    int Height,
    IReadOnlyList<PhotoVariant> Variants,
    string? PlaceholderDataUri,
    PhotoMetadata Metadata)
{
    /// <summary>The JPEG every browser shows when it reads none of the better formats.</summary>
    public PhotoVariant Fallback => Variants.Where(v => v.MediaType == "image/jpeg").MaxBy(v => v.Width) ?? Variants[^1];

    /// <summary>The largest file in the preferred format: what the lightbox shows.</summary>
    public PhotoVariant Largest => Variants.GroupBy(v => v.MediaType).First().MaxBy(v => v.Width)!;

    public IEnumerable<IGrouping<string, PhotoVariant>> ByFormat => Variants.GroupBy(v => v.MediaType);
}
