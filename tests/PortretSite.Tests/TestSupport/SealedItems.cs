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

    /// <summary>An audience's list of portraits: its home page's HTML and the keys it hands on.</summary>
    public JsonElement AudienceIndex(string audience) =>
        JsonDocument.Parse(Open(Keys.ItemId("audience/" + audience), Keys.AudienceKey(audience))).RootElement;

    [GeneratedRegex("window\\.portretItem\\(\"[a-z2-7]+\",\"([A-Za-z0-9+/=]+)\"\\)")]
    private static partial Regex ItemPayload();
}
