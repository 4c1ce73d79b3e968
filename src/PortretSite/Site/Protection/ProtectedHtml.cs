using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PortretSite.Site.Protection;

/// <summary>An encrypted photo file: its opaque item id and the key that opens it.</summary>
public sealed record MediaItem(string ItemId, byte[] Key);

/// <summary>
/// Rewrites a rendered page for the protected site: every photo file becomes a list of opaque
/// encrypted variants the browser script picks from (as it would from a srcset), gallery links
/// point to encrypted items, links to portrait pages become in-page routes.
/// </summary>
public sealed class ProtectedHtml(IReadOnlyDictionary<string, MediaItem> media, IReadOnlyDictionary<string, string> pageRoutes)
{
    /// <summary>A transparent pixel, so an image waiting for its decrypted file shows nothing.</summary>
    public const string EmptyImage = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==";

    private static readonly HtmlParser Parser = new();
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Result(string Html, IReadOnlyDictionary<string, byte[]> MediaKeys);

    public Result Rewrite(string html)
    {
        var document = Parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var picture in document.QuerySelectorAll("picture").ToList())
        {
            RewritePicture(picture, keys);
        }

        foreach (var link in document.QuerySelectorAll("a[href]").ToList())
        {
            RewriteLink(link, keys);
        }

        var body = document.Body!;
        var leftover = body.QuerySelectorAll("[src], [srcset], [href]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("srcset") ?? e.GetAttribute("href")!)
            .FirstOrDefault(reference => FileName(reference) is { } name && media.ContainsKey(name));
        if (leftover is not null)
        {
            throw new InvalidOperationException($"a photo reference escaped protection: {leftover}");
        }

        return new Result(body.InnerHtml, keys);
    }

    private void RewritePicture(IElement picture, Dictionary<string, byte[]> keys)
    {
        var img = picture.QuerySelector("img");
        if (img is null)
        {
            return;
        }

        var variants = new List<Variant>();
        foreach (var source in picture.QuerySelectorAll("source").ToList())
        {
            variants.AddRange(Parse(source.GetAttribute("srcset"), source.GetAttribute("type"), keys));
            source.Remove();
        }

        var fallbackType = MediaTypeOf(img.GetAttribute("src"));
        variants.AddRange(Parse(img.GetAttribute("srcset"), fallbackType, keys));
        if (img.GetAttribute("srcset") is null && img.GetAttribute("src") is { } src && Item(src, keys) is { } single)
        {
            variants.Add(new Variant(int.Parse(img.GetAttribute("width") ?? "0", CultureInfo.InvariantCulture), fallbackType ?? "image/jpeg", single));
        }

        img.RemoveAttribute("srcset");
        img.SetAttribute("src", EmptyImage);
        img.SetAttribute("data-pv", JsonSerializer.Serialize(variants.DistinctBy(v => v.I).OrderBy(v => v.W), Json));
    }

    private void RewriteLink(IElement link, Dictionary<string, byte[]> keys)
    {
        var href = link.GetAttribute("href")!;
        if (Item(href, keys) is { } item)
        {
            link.SetAttribute("href", "#");
            link.SetAttribute("data-item", item);
            link.SetAttribute("data-type", MediaTypeOf(href) ?? "image/jpeg");
            return;
        }

        if (pageRoutes.TryGetValue(href.TrimStart('.', '/'), out var route) || pageRoutes.TryGetValue(href, out route))
        {
            link.SetAttribute("href", "#/p/" + route);
        }
    }

    private IEnumerable<Variant> Parse(string? srcset, string? type, Dictionary<string, byte[]> keys)
    {
        if (srcset is null)
        {
            yield break;
        }

        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (Item(parts[0], keys) is not { } item)
            {
                continue;
            }

            var width = parts.Length > 1 && parts[1].EndsWith('w') ? int.Parse(parts[1][..^1], CultureInfo.InvariantCulture) : 0;
            yield return new Variant(width, type ?? MediaTypeOf(parts[0]) ?? "image/jpeg", item);
        }
    }

    private string? Item(string reference, Dictionary<string, byte[]> keys)
    {
        if (FileName(reference) is not { } name || !media.TryGetValue(name, out var item))
        {
            return null;
        }

        keys[item.ItemId] = item.Key;
        return item.ItemId;
    }

    private static string? FileName(string reference) =>
        reference.Contains("media/", StringComparison.Ordinal) ? reference[(reference.LastIndexOf('/') + 1)..] : null;

    private static string? MediaTypeOf(string? reference) => Path.GetExtension(reference ?? "").ToLowerInvariant() switch
    {
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        _ => null,
    };

    /// <summary>One encrypted variant as the browser script reads it: width, media type, item id.</summary>
    public sealed record Variant(int W, string T, string I);
}
