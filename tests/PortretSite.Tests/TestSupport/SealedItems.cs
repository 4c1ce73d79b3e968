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

    [GeneratedRegex("window\\.portretItem\\(\"[a-z2-7]+\",\"([A-Za-z0-9+/=]+)\"\\)")]
    private static partial Regex ItemPayload();
}
