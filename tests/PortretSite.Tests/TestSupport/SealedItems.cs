using System.Text.Json;
using System.Text.RegularExpressions;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Site.Protection;

namespace PortretSite.Tests.TestSupport;

/// <summary>Opens a built protected site's items as a reader's browser would, with the project's own envelope code and the site's secret.</summary>
public sealed partial class SealedItems(string root, string siteFolder)
{
    public KeyRing Keys { get; } = SiteKeys(root);

    /// <summary>The keys a build of the site at <paramref name="root"/> derives: from its secret and its portraits' key salts.</summary>
    public static KeyRing SiteKeys(string root)
    {
        var secret = SiteSecret.Load(root, new DiagnosticBag(), _ => { })!;
        return new KeyRing(secret, PortraitSalts.Of(root, secret).For);
    }

    /// <summary>The plaintext of item <paramref name="itemId"/> under <paramref name="key"/>.</summary>
    public byte[] Open(string itemId, byte[] key)
    {
        var script = File.ReadAllText(Path.Combine(siteFolder, "data", itemId + ".js"));
        return Envelope.Open(key, itemId, Convert.FromBase64String(ItemPayload().Match(script).Groups[1].Value));
    }

    /// <summary>An audience's list of portraits, opened as a reader does: <paramref name="password"/> through the key table.</summary>
    public JsonElement AudienceIndex(string audience, string password)
    {
        var indexId = Keys.ItemId("audience/" + audience);
        var grant = Slot(password)?.GetProperty("g").EnumerateArray().FirstOrDefault(g => g.GetProperty("i").GetString() == indexId)
            ?? throw new InvalidOperationException($"'{password}' opens no slot with {audience}");
        return JsonDocument.Parse(Open(indexId, Convert.FromBase64String(grant.GetProperty("k").GetString()!))).RootElement;
    }

    /// <summary>The key table's slot <paramref name="password"/> opens, as the browser finds it; null when it opens none.</summary>
    public JsonElement? Slot(string password)
    {
        var table = KeyTable();
        var kdf = table.GetProperty("kdf");
        var key = SlotTable.DeriveKey(password, Convert.FromBase64String(kdf.GetProperty("salt").GetString()!), kdf.GetProperty("iterations").GetInt32());
        foreach (var slot in table.GetProperty("slots").EnumerateArray())
        {
            try
            {
                return JsonDocument.Parse(Envelope.Open(key, SlotTable.SlotId, Convert.FromBase64String(slot.GetString()!))).RootElement;
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // Another passphrase's slot, or a decoy.
            }
        }

        return null;
    }

    public JsonElement KeyTable()
    {
        var script = File.ReadAllText(Path.Combine(siteFolder, "data", "keys.js"));
        return JsonDocument.Parse(script["window.portretSlots(".Length..script.LastIndexOf(')')]).RootElement;
    }

    /// <summary>Every sealed item of the site, by id, as its script file carries it.</summary>
    public Dictionary<string, byte[]> AllItems() =>
        Directory.EnumerateFiles(Path.Combine(siteFolder, "data"), "*.js")
            .Select(f => ItemScript().Match(File.ReadAllText(f)))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value, m => Convert.FromBase64String(m.Groups["sealed"].Value), StringComparer.Ordinal);

    /// <summary>
    /// Every key a passphrase leads to: its slot's audience keys and device key, then, trying every key on every item,
    /// the page, media and booklet keys the opened lists and pages hand on.
    /// </summary>
    public List<byte[]> KeysReachableFrom(string password)
    {
        var keys = new List<byte[]>();
        if (Slot(password) is not { } slot)
        {
            return keys;
        }

        keys.Add(Convert.FromBase64String(slot.GetProperty("d").GetString()!));
        keys.AddRange(slot.GetProperty("g").EnumerateArray().Select(g => Convert.FromBase64String(g.GetProperty("k").GetString()!)));
        var items = AllItems();
        for (var round = 0; round < 3; round++)
        {
            foreach (var (id, sealedItem) in items)
            {
                foreach (var key in keys.ToList())
                {
                    if (TryOpen(key, id, sealedItem) is { } plain && plain.Length > 0 && plain[0] == (byte)'{')
                    {
                        keys.AddRange(KeysIn(JsonDocument.Parse(plain).RootElement).Where(k => !keys.Any(known => known.SequenceEqual(k))));
                    }
                }
            }
        }

        return keys;
    }

    public static byte[]? TryOpen(byte[] key, string id, byte[] sealedItem)
    {
        try
        {
            return Envelope.Open(key, id, sealedItem);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Every base64 value of a 32-byte key anywhere in a payload: page keys, media keys, a booklet's key.</summary>
    private static IEnumerable<byte[]> KeysIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => KeysIn(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(KeysIn),
        JsonValueKind.String when element.GetString() is { Length: 44 } text && Base64Key().IsMatch(text) => [Convert.FromBase64String(text)],
        _ => [],
    };

    [GeneratedRegex("window\\.portretItem\\(\"[a-z2-7]+\",\"([A-Za-z0-9+/=]+)\"\\)")]
    private static partial Regex ItemPayload();

    [GeneratedRegex("window\\.portretItem\\(\"(?<id>[a-z2-7]+)\",\"(?<sealed>[A-Za-z0-9+/=]+)\"\\)")]
    private static partial Regex ItemScript();

    [GeneratedRegex("^[A-Za-z0-9+/]{43}=$")]
    private static partial Regex Base64Key();
}
