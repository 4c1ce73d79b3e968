using System.Globalization;
using System.Net;
using PortretSite.Images;
using PortretSite.Rendering.Photos;

namespace PortretSite.Print.Booklet;

/// <summary>
/// Photos for paper: one JPEG per placement, with the pixels 300 dpi needs at the width it is
/// placed (never the large web originals). The markup names the print file the Images stage is
/// to make, and keeps the list in <see cref="Files"/>; the photo's name travels along, so the
/// preflight can say which photo is too small.
/// </summary>
public sealed class PrintPhotoMarkup(IPhotoStage photos, BookletGeometry geometry, int dpi, int quality, Func<string, string> displayName) : IPhotoMarkup
{
    public const string Folder = "photos";

    private readonly List<PrintFile> _files = [];

    /// <summary>The print files the markup placed, in the order it placed them.</summary>
    public IReadOnlyList<PrintFile> Files => _files;

    public string Picture(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager = false)
    {
        var millimetres = geometry.PlacedWidth(asset, placement);
        var print = photos.PrintFile(asset, BookletGeometry.Pixels(millimetres, dpi), quality);
        _files.Add(print);

        // Paper has no screen sizes: the photo is drawn exactly as wide as its print file was made for.
        var variant = print.File;
        var kind = placement.ToString().ToLowerInvariant();
        var width = placement == PhotoPlacement.Cover ? "" : $" style=\"width: {millimetres.ToString("0.##", CultureInfo.InvariantCulture)}mm\"";
        return $"<img class=\"print-photo print-photo--{kind}\" src=\"{Folder}/{variant.FileName}\" width=\"{variant.Width}\" height=\"{variant.Height}\"{width} alt=\"{WebUtility.HtmlEncode(alt)}\" data-photo=\"{WebUtility.HtmlEncode(displayName(asset.SourcePath))}\">";
    }

    public PhotoLink Large(PhotoAsset asset) => new("#", "");
}
