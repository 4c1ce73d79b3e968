using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// A reader who types one audience's password and then tries every key that password ever hands out on every
/// sealed file of the site: a part restricted to another audience never opens, while their own parts do.
/// </summary>
[Collection(VisibilitySiteCollection.Name)]
public sealed partial class VisibilityAttackerTests(VisibilitySite site)
{
    [Fact]
    public void The_site_and_booklet_were_built()
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        Assert.True(File.Exists(site.Booklet));
    }

    [Fact]
    public void Every_key_the_family_gets_opens_nothing_of_the_teams_observations()
    {
        var opened = OpenEverything(VisibilitySite.FamilyPassword);

        Assert.DoesNotContain(VisibilitySite.TeamMarker, opened.Text, StringComparison.Ordinal);
        Assert.Contains(VisibilitySite.FamilyMarker, opened.Text, StringComparison.Ordinal);
        // Photos are the team's too: the family holds no key to any of them.
        Assert.Equal(0, opened.Media);
        Assert.Equal([Item("booklet/gerda")], opened.Pdfs);
    }

    [Fact]
    public void Every_key_the_team_gets_opens_nothing_of_the_familys_chapter()
    {
        var opened = OpenEverything(VisibilitySite.TeamPassword);

        Assert.DoesNotContain(VisibilitySite.FamilyMarker, opened.Text, StringComparison.Ordinal);
        Assert.Contains(VisibilitySite.TeamMarker, opened.Text, StringComparison.Ordinal);
        Assert.True(opened.Media > 0);
        // The booklet prints the family's chapter, so the team's reading is not handed its key; the team's card, printed from its own reading, is.
        Assert.Equal([Item("cardpdf/gerda")], opened.Pdfs);
    }

    private sealed record Opened(string Text, int Media, IReadOnlyList<string> Pdfs);

    private string Item(string what) => new SealedItems(site.Root, site.SiteFolder).Keys.ItemId(what);

    /// <summary>
    /// The password's slots give index keys; the indexes and the pages they open give more keys. Then every key
    /// is tried on every sealed file, whatever the file is meant for; a booklet that opens is read with pdftotext.
    /// </summary>
    private Opened OpenEverything(string password)
    {
        var items = Directory.EnumerateFiles(Path.Combine(site.SiteFolder, ProtectedSiteWriter.DataFolder), "*.js")
            .Select(f => ItemScript().Match(File.ReadAllText(f)))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value, m => Convert.FromBase64String(m.Groups["sealed"].Value), StringComparer.Ordinal);
        var keys = new List<byte[]>();
        foreach (var grant in Grants(password))
        {
            keys.Add(Convert.FromBase64String(grant.GetProperty("k").GetString()!));
        }

        // Keys lead to more keys: an index holds page and media keys, a page its photos' and its booklet's.
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

        var text = new StringBuilder();
        var media = 0;
        var pdfs = new List<string>();
        foreach (var (id, sealedItem) in items)
        {
            foreach (var key in keys)
            {
                if (TryOpen(key, id, sealedItem) is not { } plain)
                {
                    continue;
                }

                if (plain.AsSpan().StartsWith("%PDF-"u8))
                {
                    pdfs.Add(id);
                    var pdf = Path.Combine(site.Root, $"opened-{id}.pdf");
                    File.WriteAllBytes(pdf, plain);
                    text.Append(VipsCli.Run("pdftotext", pdf, "-"));
                }
                else if (plain.Length > 0 && plain[0] == (byte)'{')
                {
                    text.Append(JsonDocument.Parse(plain).RootElement.ToString());
                }
                else
                {
                    media++;
                }
            }
        }

        return new Opened(text.ToString(), media, pdfs);
    }

    private List<JsonElement> Grants(string password)
    {
        var slot = new SealedItems(site.Root, site.SiteFolder).Slot(password);
        Assert.NotNull(slot);
        return [.. slot.Value.GetProperty("g").EnumerateArray()];
    }

    /// <summary>Every base64 value of a 32-byte key anywhere in a payload: page keys, media keys, a booklet's key.</summary>
    private static IEnumerable<byte[]> KeysIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => KeysIn(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(KeysIn),
        JsonValueKind.String when element.GetString() is { Length: 44 } text && Base64Key().IsMatch(text) => [Convert.FromBase64String(text)],
        _ => [],
    };

    private static byte[]? TryOpen(byte[] key, string id, byte[] sealedItem)
    {
        try
        {
            return Envelope.Open(key, id, sealedItem);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    [GeneratedRegex("window\\.portretItem\\(\"(?<id>[a-z2-7]+)\",\"(?<sealed>[A-Za-z0-9+/=]+)\"\\)")]
    private static partial Regex ItemScript();

    [GeneratedRegex("^[A-Za-z0-9+/]{43}=$")]
    private static partial Regex Base64Key();
}
