using PortretSite.Print.Readers;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace PortretSite.Tests.TestSupport;

/// <summary>Reads a QR code off a printed page as a phone would: the page rendered by poppler, decoded by ZXing.</summary>
public static class QrCodes
{
    /// <summary>The first QR code found, page by page; an error when the document has none.</summary>
    public static string FirstInPdf(string pdf) =>
        Enumerable.Range(1, PdfCli.Pages(pdf)).Select(page => DecodeFromPdf(pdf, page)).FirstOrDefault(text => text is not null)
            ?? throw new InvalidOperationException($"no QR code found in {pdf}");

    public static string? DecodeFromPdf(string pdf, int page = 1, int dpi = 300)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, "qr-" + Guid.NewGuid().ToString("N")[..8]);
        VipsCli.Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-singlefile", pdf, prefix);
        try
        {
            var image = GrayImage.ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
            var source = new RGBLuminanceSource(image.Pixels, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.Gray8);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true })?.Text;
        }
        finally
        {
            File.Delete(prefix + ".pgm");
        }
    }
}
