using System.Net;
using System.Text;
using System.Text.Json;
using PortretSite.Images;
using PortretSite.Rendering.Photos;

namespace PortretSite.Site.Protection;

/// <summary>
/// An encrypted photo or recording file: its opaque item id, the key that opens it (derived when a page first places
/// it), and the stamp of what both derive from (<see cref="SealedMedia"/>): the same stamp, the same item and key.
/// </summary>
public sealed class MediaItem(string itemId, string stamp, Func<byte[]> deriveKey)
{
    private readonly Lazy<byte[]> _key = new(deriveKey);

    public string ItemId => itemId;

    public string Stamp => stamp;

    public byte[] Key => _key.Value;
}

/// <summary>
/// Writes the photos of one page of the protected site: instead of files, a list of opaque
/// encrypted variants the browser script picks from (as it would from a <c>srcset</c>), and
/// lightbox links to encrypted items. Keeps the key of every item it placed, for the page to carry.
/// </summary>
public sealed class ProtectedPhotoMarkup(IReadOnlyDictionary<string, MediaItem> media) : IPhotoMarkup
{
    /// <summary>A transparent pixel, so an image waiting for its decrypted file shows nothing.</summary>
    public const string EmptyImage = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <summary>The items this markup placed: item id → key.</summary>
    public IReadOnlyDictionary<string, byte[]> Keys => _keys;

    public string Picture(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager = false)
    {
        var (fallbackSet, src) = PictureFrame.Fallback(asset);
        // An image without a srcset is offered at the photo's own width, as its width attribute says.
        IEnumerable<(PhotoVariant Variant, int Width)> fallback = fallbackSet.Count > 1 ? fallbackSet.OrderBy(v => v.Width).Select(v => (v, v.Width)) : [(src, asset.Width)];
        var variants = PictureFrame.BetterFormats(asset)
            .SelectMany(format => format.OrderBy(v => v.Width).Select(v => (Variant: v, v.Width)))
            .Concat(fallback)
            .Select(choice => new Variant(choice.Width, choice.Variant.MediaType, Item(choice.Variant)))
            .DistinctBy(v => v.I)
            .OrderBy(v => v.W);

        var files = new StringBuilder("<img src=\"").Append(EmptyImage).Append('"');
        if (fallbackSet.Count > 1)
        {
            files.Append(" sizes=\"").Append(PictureFrame.Sizes(placement)).Append('"');
        }

        var choices = $" data-pv=\"{WebUtility.HtmlEncode(JsonSerializer.Serialize(variants, Json))}\"";
        return PictureFrame.Write(asset, alt, placement, eager, files.ToString(), choices);
    }

    public PhotoLink Large(PhotoAsset asset) =>
        new("#", $" data-item=\"{Item(asset.Largest)}\" data-type=\"{asset.Largest.MediaType}\"");

    private string Item(PhotoVariant variant)
    {
        var item = media.GetValueOrDefault(variant.FileName) ?? throw new InvalidOperationException($"a photo of a page is not among the site's media: {variant.FileName}");
        _keys[item.ItemId] = item.Key;
        return item.ItemId;
    }

    /// <summary>One encrypted variant as the browser script reads it: width, media type, item id.</summary>
    private sealed record Variant(int W, string T, string I);
}
