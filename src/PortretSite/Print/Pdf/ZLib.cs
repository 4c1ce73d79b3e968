using System.IO.Compression;

namespace PortretSite.Print.Pdf;

/// <summary>
/// The zlib format of /FlateDecode streams (RFC 1950): deflate data between a two-byte header
/// and the Adler-32 checksum of what it decodes to.
/// </summary>
internal static class ZLib
{
    private const int AdlerModulus = 65521;

    public static byte[] Encode(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>
    /// What is wrong with a zlib stream, or null when it is whole. .NET's own reader accepts a
    /// stream that stops early or lacks its checksum, so the checksum is compared here: it must
    /// be the stream's last four bytes, which also fails a stream cut short.
    /// </summary>
    public static PdfStreamProblem? Problem(ReadOnlySpan<byte> data)
    {
        if (data.Length < 6 || (data[0] & 0x0F) != 8 || ((data[0] << 8) | data[1]) % 31 != 0)
        {
            return PdfStreamProblem.NoZLibHeader;
        }

        byte[] decoded;
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(data[2..].ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            decoded = output.ToArray();
        }
        catch (InvalidDataException)
        {
            return PdfStreamProblem.DamagedData;
        }

        var adler = Adler32(decoded);
        return data[^4..].SequenceEqual(stackalloc byte[] { (byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler }) ? null : PdfStreamProblem.Incomplete;
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        // 5552 bytes is the most that can be summed before the sums must be reduced (zlib's NMAX).
        for (var start = 0; start < data.Length; start += 5552)
        {
            foreach (var value in data.Slice(start, Math.Min(5552, data.Length - start)))
            {
                a += value;
                b += a;
            }

            a %= AdlerModulus;
            b %= AdlerModulus;
        }

        return (b << 16) | a;
    }
}
