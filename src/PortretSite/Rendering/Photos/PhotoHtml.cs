using System.Globalization;
using System.Text;
using PortretSite.Images;

namespace PortretSite.Rendering.Photos;

/// <summary>Where a photo sits on a page; decides the <c>sizes</c> the browser picks a file by.</summary>
public enum PhotoPlacement
{
    Cover,
    Figure,
    Gallery,
    Card,
    Thumb,
}

/// <summary>Where a link to a photo at its largest goes, and the attributes (each with a leading space) a page's script needs to open it.</summary>
public sealed record PhotoLink(string Url, string AttributesHtml);

/// <summary>How a photo is written into a page: for screens, or for paper.</summary>
public interface IPhotoMarkup
{
    string Picture(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager = false);

    /// <summary>A link to the photo at its largest (the lightbox on screens).</summary>
    PhotoLink Large(PhotoAsset asset);
}

/// <summary>
/// Writes a responsive photo from plain files under <c>media/</c>: a <c>&lt;picture&gt;</c> with a
/// source per format and a <c>srcset</c> per width, in the <see cref="PictureFrame"/> every screen photo shares.
/// </summary>
public sealed class PhotoHtml(string mediaPrefix) : IPhotoMarkup
{
    public const string MediaFolder = "media";

    public string Url(PhotoVariant variant) => mediaPrefix + variant.FileName;

    public PhotoLink Large(PhotoAsset asset) => new(Url(asset.Largest), "");

    public string Picture(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager = false)
    {
        var sizes = PictureFrame.Sizes(placement);
        var files = new StringBuilder();
        foreach (var format in PictureFrame.BetterFormats(asset))
        {
            files.Append("<source type=\"").Append(format.Key).Append("\" srcset=\"").Append(SrcSet(format)).Append("\" sizes=\"").Append(sizes).Append("\">");
        }

        var (fallbackSet, src) = PictureFrame.Fallback(asset);
        files.Append("<img src=\"").Append(Url(src)).Append('"');
        if (fallbackSet.Count > 1)
        {
            files.Append(" srcset=\"").Append(SrcSet(fallbackSet)).Append("\" sizes=\"").Append(sizes).Append('"');
        }

        return PictureFrame.Write(asset, alt, placement, eager, files.ToString());
    }

    private string SrcSet(IEnumerable<PhotoVariant> variants) =>
        string.Join(", ", variants.OrderBy(v => v.Width).Select(v => $"{Url(v)} {v.Width.ToString(CultureInfo.InvariantCulture)}w"));
}
