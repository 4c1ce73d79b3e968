using System.Globalization;
using System.Net;
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

/// <summary>How a photo is written into a page: for screens, or for paper.</summary>
public interface IPhotoMarkup
{
    string Picture(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager = false);

    /// <summary>Where a link to the photo at its largest goes (the lightbox on screens).</summary>
    string LargeUrl(PhotoAsset asset);
}

/// <summary>
/// Writes a responsive photo: a <c>&lt;picture&gt;</c> with a source per format and a
/// <c>srcset</c> per width, <c>width</c>/<c>height</c> against layout shift, lazy loading below
/// the fold, and the tiny blurred placeholder underneath until the file arrives.
/// </summary>
public sealed class PhotoHtml(string mediaPrefix) : IPhotoMarkup
{
    public const string MediaFolder = "media";

    public string Url(PhotoVariant variant) => mediaPrefix + variant.FileName;

    public string LargeUrl(PhotoAsset asset) => Url(asset.Largest);

    public string Picture(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager = false)
    {
        var sizes = Sizes(placement);
        var fallback = asset.Fallback;
        var html = new StringBuilder();
        html.Append("<span class=\"photo photo--").Append(placement.ToString().ToLowerInvariant()).Append("\">");
        if (asset.PlaceholderDataUri is { } placeholder)
        {
            html.Append("<img class=\"photo__placeholder\" src=\"").Append(placeholder).Append("\" alt=\"\" aria-hidden=\"true\">");
        }

        html.Append("<picture>");
        foreach (var format in asset.ByFormat.Where(f => f.Key != fallback.MediaType))
        {
            html.Append("<source type=\"").Append(format.Key).Append("\" srcset=\"").Append(SrcSet(format)).Append("\" sizes=\"").Append(sizes).Append("\">");
        }

        var fallbackSet = asset.Variants.Where(v => v.MediaType == fallback.MediaType).ToList();
        var src = fallbackSet.FirstOrDefault(v => v.Width >= 960) ?? fallback;

        html.Append("<img src=\"").Append(Url(src)).Append('"');
        if (fallbackSet.Count > 1)
        {
            html.Append(" srcset=\"").Append(SrcSet(fallbackSet)).Append("\" sizes=\"").Append(sizes).Append('"');
        }

        html.Append(" width=\"").Append(asset.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(asset.Height.ToString(CultureInfo.InvariantCulture))
            .Append("\" alt=\"").Append(WebUtility.HtmlEncode(alt)).Append('"')
            .Append(eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"")
            .Append(" decoding=\"async\"></picture></span>");
        return html.ToString();
    }

    private string SrcSet(IEnumerable<PhotoVariant> variants) =>
        string.Join(", ", variants.OrderBy(v => v.Width).Select(v => $"{Url(v)} {v.Width.ToString(CultureInfo.InvariantCulture)}w"));

    private static string Sizes(PhotoPlacement placement) => placement switch
    {
        PhotoPlacement.Cover => "(min-width: 75rem) 75rem, 100vw",
        PhotoPlacement.Figure => "(min-width: 50rem) 46rem, 100vw",
        PhotoPlacement.Gallery => "(min-width: 60rem) 18rem, (min-width: 36rem) 33vw, 50vw",
        PhotoPlacement.Card => "(min-width: 60rem) 22rem, (min-width: 36rem) 50vw, 100vw",
        _ => "8rem",
    };
}
