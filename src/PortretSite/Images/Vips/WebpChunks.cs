using System.Buffers.Binary;
using System.Text;

namespace PortretSite.Images.Vips;

/// <summary>
/// Removes metadata chunks (EXIF, XMP, ICC) from a WebP file. libvips 8.14 writes an EXIF chunk
/// into every WebP, even when asked to strip; the pixels are untouched by this.
/// </summary>
public static class WebpChunks
{
    private const byte IccFlag = 0x20;
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;
    private static readonly string[] Metadata = ["EXIF", "XMP ", "ICCP"];

    public static byte[] StripMetadata(byte[] webp)
    {
        if (webp.Length < 12 || Encoding.ASCII.GetString(webp, 0, 4) != "RIFF" || Encoding.ASCII.GetString(webp, 8, 4) != "WEBP")
        {
            return webp;
        }

        using var output = new MemoryStream(webp.Length);
        output.Write(webp, 0, 12);
        var position = 12;
        while (position + 8 <= webp.Length)
        {
            var type = Encoding.ASCII.GetString(webp, position, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(webp.AsSpan(position + 4));
            var padded = 8 + size + (size & 1);
            if (size < 0 || position + padded > webp.Length)
            {
                return webp;
            }

            if (!Metadata.Contains(type))
            {
                var start = (int)output.Position;
                output.Write(webp, position, padded);
                if (type == "VP8X")
                {
                    output.GetBuffer()[start + 8] &= unchecked((byte)~(IccFlag | ExifFlag | XmpFlag));
                }
            }

            position += padded;
        }

        var result = output.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(4), result.Length - 8);
        return result;
    }
}
