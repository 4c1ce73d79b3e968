using System.Net;
using System.Text.Json;
using PortretSite.Audio;
using PortretSite.Content.Portraits;
using PortretSite.Rendering.Clips;

namespace PortretSite.Site.Protection;

/// <summary>
/// Writes the clips of one page of the protected site: a native player without a source and the list of its
/// encrypted encodings, which <c>clips.js</c> decrypts to a blob URL. Keeps the key of every item it placed, for the page to carry.
/// </summary>
public sealed class ProtectedClipMarkup(IReadOnlyDictionary<string, MediaItem> media) : IClipMarkup
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <summary>The items this markup placed: item id → key.</summary>
    public IReadOnlyDictionary<string, byte[]> Keys => _keys;

    public string Player(ClipAsset asset, PortraitClip clip, string labelledBy) =>
        $"<audio class=\"clip__player\" controls preload=\"none\" aria-labelledby=\"{labelledBy}\" data-clip=\"{WebUtility.HtmlEncode(JsonSerializer.Serialize(Encodings(asset), Json))}\"></audio>";

    public string Placement(ClipAsset asset, PortraitClip clip, string anchor, string label) => ClipHtml.ClipLink(anchor, label, clip, asset);

    /// <summary>The encodings as the browser script reads them: media type and item id, Opus first.</summary>
    public IReadOnlyList<ClipEncoding> Encodings(ClipAsset asset) => [.. asset.Variants.Select(v => new ClipEncoding(v.MediaType, Item(v)))];

    private string Item(ClipVariant variant)
    {
        var item = media.GetValueOrDefault(variant.FileName) ?? throw new InvalidOperationException($"a clip of a page is not among the site's media: {variant.FileName}");
        _keys[item.ItemId] = item.Key;
        return item.ItemId;
    }
}

/// <summary>One encrypted encoding of a clip as the browser script reads it: media type, item id.</summary>
public sealed record ClipEncoding(string T, string I);
