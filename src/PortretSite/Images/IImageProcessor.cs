namespace PortretSite.Images;

public enum ImageFormat
{
    Jpeg,
    Webp,
    Avif,
}

/// <summary>What a photo's header says, read without decoding its pixels.</summary>
public sealed record ImageHeader(string Loader, int Width, int Height, int Orientation, bool HasAlpha)
{
    public long Pixels => (long)Width * Height;

    /// <summary>Orientations 5–8 turn the photo a quarter, so width and height trade places.</summary>
    public bool IsTurned => Orientation is >= 5 and <= 8;

    public int UprightWidth => IsTurned ? Height : Width;

    public int UprightHeight => IsTurned ? Width : Height;
}

/// <summary>
/// The one surface the rest of PortretSite uses to read and write pixels. Implemented on
/// libvips; every method is thread-safe.
/// </summary>
public interface IImageProcessor
{
    /// <summary>Reads the header only; throws <see cref="ImageReadException"/> for files that are not readable images.</summary>
    ImageHeader ReadHeader(string path);

    /// <summary>
    /// Decodes once, upright and in sRGB, shrunk on load to fit within the box (never enlarged),
    /// and keeps the pixels in memory so every size can be derived from this one decode.
    /// </summary>
    IDecodedImage Decode(string path, int maxWidth, int maxHeight);
}

public interface IDecodedImage : IDisposable
{
    int Width { get; }

    int Height { get; }

    bool HasAlpha { get; }

    /// <summary>
    /// Encodes a copy at <paramref name="width"/> (at most the decoded width), with no metadata
    /// at all. Formats without transparency are flattened onto <paramref name="background"/>.
    /// </summary>
    byte[] Encode(int width, ImageFormat format, int quality, (byte R, byte G, byte B) background);
}

/// <summary>A photo that cannot be read: not an image at all, or an image that is damaged or incomplete.</summary>
/// <param name="message">What the image library said, for <c>--verbose</c>.</param>
public sealed class ImageReadException(string message, bool notAnImage = false) : Exception(message)
{
    /// <summary>No image format was recognised; otherwise the format was, and the file is damaged or incomplete.</summary>
    public bool NotAnImage { get; } = notAnImage;
}
