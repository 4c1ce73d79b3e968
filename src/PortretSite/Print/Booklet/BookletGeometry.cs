using System.Globalization;
using PortretSite.Content.Settings;
using PortretSite.Images;
using PortretSite.Rendering.Photos;

namespace PortretSite.Print.Booklet;

/// <summary>
/// The measures of a booklet in millimetres: trim, bleed, margins (the inner one wider, because
/// saddle stitching creeps), the text width, and how wide each kind of photo is placed, so that
/// the print files have exactly the pixels 300 dpi needs.
/// </summary>
public sealed record BookletGeometry(double TrimWidth, double TrimHeight, double Bleed)
{
    private const double GalleryGap = 6;

    public static BookletGeometry From(PrintSettings print) => new(print.Trim.WidthMm, print.Trim.HeightMm, print.BleedMm);

    public double PageWidth => TrimWidth + (2 * Bleed);

    public double PageHeight => TrimHeight + (2 * Bleed);

    public double Inner => TrimWidth * 20 / 148;

    public double Outer => TrimWidth * 14 / 148;

    public double Top => TrimHeight * 17 / 210;

    public double Bottom => TrimHeight * 21 / 210;

    public double TextWidth => TrimWidth - Inner - Outer;

    public double TextHeight => TrimHeight - Top - Bottom;

    /// <summary>The cover photo fills the full width of the page, bleed included, and this share of its height.</summary>
    public double CoverHeight => PageHeight * 0.62;

    public double GalleryWidth => (TextWidth - GalleryGap) / 2;

    public double ThumbWidth => TextWidth * 0.32;

    /// <summary>The width at which a photo is drawn, in millimetres; a cover is cropped to fill its box.</summary>
    public double PlacedWidth(PhotoAsset asset, PhotoPlacement placement) => placement switch
    {
        PhotoPlacement.Cover => Math.Max(PageWidth, CoverHeight * asset.Width / asset.Height),
        PhotoPlacement.Figure => Math.Min(TextWidth, TextHeight * 0.72 * asset.Width / asset.Height),
        PhotoPlacement.Gallery => GalleryWidth,
        _ => ThumbWidth,
    };

    public static int Pixels(double millimetres, int dpi) => (int)Math.Ceiling(millimetres / 25.4 * dpi);

    /// <summary>The CSS that needs these numbers: page sizes and margins (left and right pages mirror).</summary>
    public string PageCss()
    {
        static string Mm(double value) => value.ToString("0.###", CultureInfo.InvariantCulture) + "mm";
        return $$"""
            :root {
              --page-width: {{Mm(PageWidth)}}; --page-height: {{Mm(PageHeight)}}; --bleed: {{Mm(Bleed)}};
              --text-width: {{Mm(TextWidth)}}; --text-height: {{Mm(TextHeight)}}; --cover-height: {{Mm(CoverHeight)}};
              --gallery-width: {{Mm(GalleryWidth)}}; --thumb-width: {{Mm(ThumbWidth)}};
            }
            @page { size: {{Mm(PageWidth)}} {{Mm(PageHeight)}}; margin: {{Mm(Top + Bleed)}} {{Mm(Outer + Bleed)}} {{Mm(Bottom + Bleed)}} {{Mm(Inner + Bleed)}}; }
            @page :left { margin-left: {{Mm(Outer + Bleed)}}; margin-right: {{Mm(Inner + Bleed)}}; }
            @page :right { margin-left: {{Mm(Inner + Bleed)}}; margin-right: {{Mm(Outer + Bleed)}}; }
            @page cover { margin: 0; }
            @page back { margin: 0; }
            """;
    }
}
