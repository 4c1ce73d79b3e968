using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// A one-page PDF written byte by byte, so a test can damage its compressed content stream and
/// nothing else: the stream's /Length and the cross-reference table stay exact.
/// </summary>
public static class HandMadePdf
{
    /// <summary>Forty black bars down an A5 page: what a reader loses with the end of the stream shows.</summary>
    public static byte[] Content()
    {
        var content = new StringBuilder("0 g\n");
        for (var bar = 0; bar < 40; bar++)
        {
            content.Append(CultureInfo.InvariantCulture, $"40 {580 - (bar * 14)} {200 + (bar % 7 * 20)} 8 re f\n");
        }

        return Encoding.ASCII.GetBytes(content.ToString());
    }

    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>The PDF with <paramref name="stream"/> as its page's /FlateDecode content, whatever those bytes are.</summary>
    public static byte[] WithFlateContent(byte[] stream)
    {
        var file = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => file.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(file.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Write("%PDF-1.4\n");
        Object("<</Type/Catalog/Pages 2 0 R>>");
        Object("<</Type/Pages/Kids[3 0 R]/Count 1>>");
        Object("<</Type/Page/Parent 2 0 R/MediaBox[0 0 420 595]/Contents 4 0 R/Resources<<>>>>");
        offsets.Add(file.Position);
        Write(string.Create(CultureInfo.InvariantCulture, $"4 0 obj\n<</Length {stream.Length}/Filter/FlateDecode>>\nstream\n"));
        file.Write(stream);
        Write("\nendstream\nendobj\n");
        var xref = file.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<</Size {offsets.Count + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n"));
        return file.ToArray();
    }
}
