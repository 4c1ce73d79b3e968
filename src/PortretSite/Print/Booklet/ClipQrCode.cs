using QRCoder;

namespace PortretSite.Print.Booklet;

/// <summary>
/// QRCoder (MIT) behind one seam: a link as a vector QR code, black on white, with the quiet zone of four modules
/// the standard asks for, scaled by its viewBox so the booklet's stylesheet sets its printed size.
/// </summary>
public static class ClipQrCode
{
    /// <summary>The printed side of every clip's code, quiet zone included: at 22 mm a phone reads a link of ~110 characters (version 6, 0.45 mm a module) from a page held in the hand.</summary>
    public const double SideMm = 22;

    /// <summary>An SVG element of <paramref name="url"/>, with error correction M (15 %: a crease or a coffee ring).</summary>
    public static string Svg(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return svg[start..].Replace("<svg ", $"<svg class=\"clip-qr__code\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" ", StringComparison.Ordinal);
    }
}
