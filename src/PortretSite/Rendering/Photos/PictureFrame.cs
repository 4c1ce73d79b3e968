using System.Globalization;
using System.Net;
using System.Text;
using PortretSite.Images;

namespace PortretSite.Rendering.Photos;

/// <summary>
/// What every screen photo shares, whichever way its files are reached: the wrapper that names its
/// placement, the tiny blurred placeholder underneath until the file arrives, and the image's
/// <c>width</c>/<c>height</c> against layout shift, alt text and lazy loading below the fold.
/// </summary>
public static class PictureFrame
{
    /// <param name="files">The <c>&lt;source&gt;</c> elements and the opening of the <c>&lt;img&gt;</c> with what it loads.</param>
    /// <param name="lastAttributes">Attributes after the common ones, each with a leading space.</param>
    public static string Write(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager, string files, string lastAttributes = "")
    {
        var html = new StringBuilder();
        html.Append("<span class=\"photo photo--").Append(placement.ToString().ToLowerInvariant()).Append("\">");
        if (asset.PlaceholderDataUri is { } placeholder)
        {
            html.Append("<img class=\"photo__placeholder\" src=\"").Append(placeholder).Append("\" alt=\"\" aria-hidden=\"true\">");
        }

        html.Append("<picture>").Append(files)
            .Append(" width=\"").Append(asset.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(asset.Height.ToString(CultureInfo.InvariantCulture))
            .Append("\" alt=\"").Append(WebUtility.HtmlEncode(alt)).Append('"')
            .Append(eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"")
            .Append(" decoding=\"async\"").Append(lastAttributes).Append("></picture></span>");
        return html.ToString();
    }

    /// <summary>The variants in the fallback format (see <see cref="PhotoAsset.Fallback"/>), and the one an image without <c>srcset</c> loads.</summary>
    public static (IReadOnlyList<PhotoVariant> Set, PhotoVariant Src) Fallback(PhotoAsset asset)
    {
        var set = asset.Variants.Where(v => v.MediaType == asset.Fallback.MediaType).ToList();
        return (set, set.FirstOrDefault(v => v.Width >= 960) ?? asset.Fallback);
    }

    /// <summary>The formats the browser may choose before the fallback.</summary>
    public static IEnumerable<IGrouping<string, PhotoVariant>> BetterFormats(PhotoAsset asset) =>
        asset.ByFormat.Where(f => f.Key != asset.Fallback.MediaType);

    /// <summary>How wide the photo is shown at its placement: the <c>sizes</c> the browser picks a file by.</summary>
    public static string Sizes(PhotoPlacement placement) => placement switch
    {
        PhotoPlacement.Cover => "(min-width: 75rem) 75rem, 100vw",
        PhotoPlacement.Figure => "(min-width: 50rem) 46rem, 100vw",
        PhotoPlacement.Gallery => "(min-width: 60rem) 18rem, (min-width: 36rem) 33vw, 50vw",
        PhotoPlacement.Card => "(min-width: 60rem) 22rem, (min-width: 36rem) 50vw, 100vw",
        _ => "8rem",
    };
}
