using System.Globalization;
using System.Net;
using PortretSite.Images;
using PortretSite.Rendering.Photos;
using PortretSite.Foundation.Output;

namespace PortretSite.Print.Booklet;

/// <summary>
/// Photos for paper: one JPEG per placement, with the pixels 300 dpi needs at the width it is
/// placed (never the large web originals), linked beside the booklet's HTML. The photo's name
/// travels along, so the preflight can say which photo is too small.
/// </summary>
public sealed class PrintPhotoMarkup(IPhotoStage photos, BookletGeometry geometry, int dpi, int quality, string photoFolder, Func<string, string> displayName) : IPhotoMarkup
{
    public const string Folder = "photos";

    public string Picture(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager = false)
    {
        var millimetres = geometry.PlacedWidth(asset, placement);
        var variant = photos.PrintVariant(asset, BookletGeometry.Pixels(millimetres, dpi), quality);
        var target = Path.Combine(photoFolder, variant.FileName);
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(photoFolder);
            HardLinks.LinkOrCopy(variant.FullPath, target);
        }

        // Paper has no screen sizes: the photo is drawn exactly as wide as its print file was made for.
        var kind = placement.ToString().ToLowerInvariant();
        var width = placement == PhotoPlacement.Cover ? "" : $" style=\"width: {millimetres.ToString("0.##", CultureInfo.InvariantCulture)}mm\"";
        return $"<img class=\"print-photo print-photo--{kind}\" src=\"{Folder}/{variant.FileName}\" width=\"{variant.Width}\" height=\"{variant.Height}\"{width} alt=\"{WebUtility.HtmlEncode(alt)}\" data-photo=\"{WebUtility.HtmlEncode(displayName(asset.SourcePath))}\">";
    }

    public string LargeUrl(PhotoAsset asset) => "#";
}
