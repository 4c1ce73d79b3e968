namespace PortretSite.Print.Pdf;

/// <summary>A rectangle on a PDF page, in points (1/72 inch), from the lower left corner.</summary>
public sealed record PdfBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;
}

public sealed record PdfFontInfo(string Name, string Type, bool Embedded);

/// <summary>What a finished PDF says about itself, for the preflight report and the tests.</summary>
public sealed record PdfSummary(int PageCount, PdfBox MediaBox, PdfBox? BleedBox, PdfBox? TrimBox, IReadOnlyList<PdfFontInfo> Fonts, string? Title, string? Language);

/// <summary>How to finish a booklet for a print shop.</summary>
public sealed record PrintFinish(double TrimWidthMm, double TrimHeightMm, double BleedMm, bool CropMarks, string Title, string Language);

/// <summary>
/// Everything PortretSite does to PDF files after the browser printed them. PDFsharp (AGPL) is
/// used behind this interface only.
/// </summary>
public interface IPdfTools
{
    /// <summary>The named destinations (element ids the browser linked to) and the 1-based page each points to.</summary>
    IReadOnlyDictionary<string, int> NamedDestinations(byte[] pdf);

    /// <summary>Pads to a multiple of four pages (blank pages before the back cover), sets exact boxes, title and language, and optionally crop marks.</summary>
    byte[] FinishForPrintShop(byte[] pdf, PrintFinish finish);

    /// <summary>The same pages two-up on A4 landscape in saddle-stitch order, cropped to the trim, for duplex printing and folding.</summary>
    byte[] ImposeForHome(byte[] booklet, double bleedMm);

    PdfSummary Summarize(byte[] pdf);
}

public static class Points
{
    public const double PerMillimetre = 72 / 25.4;

    public static double FromMillimetres(double mm) => mm * PerMillimetre;
}
