namespace PortretSite.Print.Pdf;

/// <summary>
/// Everything PortretSite does to PDF files after the browser printed them. PDFsharp (AGPL) is
/// used behind this interface only: no file outside <c>Print/Pdf</c> names it.
/// </summary>
public interface IPdfTools
{
    /// <summary>The named destinations (element ids the browser linked to) and the 1-based page each points to.</summary>
    IReadOnlyDictionary<string, int> NamedDestinations(byte[] pdf);

    /// <summary>
    /// Pads to a multiple of four pages, sets MediaBox, BleedBox and TrimBox exactly on every
    /// page, title and language, and optionally crop marks in a slug around the bleed.
    /// </summary>
    byte[] FinishForPrintShop(byte[] pdf, PrintFinish finish);

    /// <summary>
    /// The pages two-up on A4 landscape in saddle-stitch order, each cut to its TrimBox and
    /// scaled to fit half the sheet, the two pages meeting at the fold; one PDF page per side
    /// of a sheet, for duplex printing flipped on the short edge. The page count must be a
    /// multiple of four.
    /// </summary>
    byte[] ImposeForHome(byte[] booklet);

    /// <summary>What a PDF says about itself: pages and boxes, fonts, placed images, title and language.</summary>
    PdfSummary Summarize(byte[] pdf);

    /// <summary>
    /// Every /FlateDecode stream that does not decode completely, checksum included, at its
    /// stated /Length; empty when all of them do.
    /// </summary>
    IReadOnlyList<PdfStreamFault> BrokenStreams(byte[] pdf);
}

/// <summary>How to finish a booklet for a print shop. Blank pages go in before the last <paramref name="KeepLastPages"/> pages (the back cover).</summary>
/// <param name="Booklet">A booklet is padded to a multiple of four pages; a single sheet (an invitation card) only gets its exact boxes.</param>
public sealed record PrintFinish(double TrimWidthMm, double TrimHeightMm, double BleedMm, bool CropMarks, string Title, string Language, int KeepLastPages = 1, bool Booklet = true);

/// <summary>A rectangle on a PDF page, in points (1/72 inch), from the lower left corner.</summary>
public sealed record PdfBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;
}

/// <summary>The boxes of one page; BleedBox and TrimBox are null when the page does not set them.</summary>
public sealed record PdfPageBoxes(PdfBox MediaBox, PdfBox? BleedBox, PdfBox? TrimBox);

/// <summary>A font a page uses; Type 3 fonts (glyphs drawn as pictures) count as embedded but print shops reject them.</summary>
public sealed record PdfFontInfo(string Name, string Type, bool Embedded)
{
    public bool IsType3 => Type == "Type3";
}

/// <summary>One image as drawn on a page (1-based): its pixels and the size it is drawn at, in points.</summary>
public sealed record PdfImagePlacement(int Page, int PixelWidth, int PixelHeight, double WidthPt, double HeightPt)
{
    public double DpiX => PixelWidth / (WidthPt / 72);

    public double DpiY => PixelHeight / (HeightPt / 72);

    /// <summary>The resolution as printed: the lower of the two directions.</summary>
    public double EffectiveDpi => Math.Min(DpiX, DpiY);
}

public sealed record PdfSummary(IReadOnlyList<PdfPageBoxes> Pages, IReadOnlyList<PdfFontInfo> Fonts, IReadOnlyList<PdfImagePlacement> Images, string? Title, string? Language)
{
    public int PageCount => Pages.Count;
}

/// <summary>A compressed stream (object <paramref name="ObjectNumber"/>) that does not decode, and why.</summary>
public sealed record PdfStreamFault(int ObjectNumber, PdfStreamProblem Problem);

public enum PdfStreamProblem
{
    /// <summary>The bytes do not start like zlib data.</summary>
    NoZLibHeader,

    /// <summary>The deflate data itself is damaged.</summary>
    DamagedData,

    /// <summary>The data stops early, or its checksum is missing or wrong.</summary>
    Incomplete,
}

public static class Points
{
    public const double PerMillimetre = 72 / 25.4;

    public static double FromMillimetres(double mm) => mm * PerMillimetre;
}
