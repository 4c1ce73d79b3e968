
namespace PortretSite.Print.Browser;

/// <summary>The sheet a document is printed on, bleed included, in millimetres (A5 with 3 mm bleed: 154 × 216).</summary>
public sealed record PaperSize(double WidthMm, double HeightMm)
{
    private const double CssPixelsPerMillimetre = 96 / 25.4;

    public static PaperSize WithBleed(double trimWidthMm, double trimHeightMm, double bleedMm) =>
        new(trimWidthMm + (2 * bleedMm), trimHeightMm + (2 * bleedMm));

    /// <summary>A viewport as large as the sheet, so scripts measure the layout that is printed.</summary>
    internal Viewport Viewport => new((int)Math.Ceiling(WidthMm * CssPixelsPerMillimetre), (int)Math.Ceiling(HeightMm * CssPixelsPerMillimetre));
}
