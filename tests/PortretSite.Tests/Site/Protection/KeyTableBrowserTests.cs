using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// A keys.js rewritten by whoever can change the files: its slots resealed under a weaker KDF, so the
/// real password would open them. The browser must refuse the table before it tries the password.
/// </summary>
[Collection(ProtectedSiteCollection.Name)]
public sealed class KeyTableBrowserTests(ProtectedSite site, SharedBrowser browser)
{
    [Theory]
    [InlineData("SHA-1", 1, 2, 16)]
    [InlineData("SHA-256", 1, 2, 16)]
    [InlineData("SHA-256", 599_999, 2, 16)]
    [InlineData("SHA-256", 600_000, 3, 8)]
    [InlineData("SHA-256", 600_000, 2, 16)]
    public async Task A_key_table_with_a_weaker_kdf_or_an_unknown_format_is_refused(string hash, int iterations, int version, int saltLength)
    {
        using var copy = RewrittenSite(hash, iterations, version, saltLength);
        await using var server = await StaticSiteServer.StartAsync(copy.Folder);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(server.Address.AbsoluteUri);

        await UnlockForm.UnlockAsync(page, ProtectedSite.PasswordA);
        await page.WaitForSelectorAsync("#unlock-error:not(:empty)");

        Assert.Contains("kon niet geopend worden", await page.TextContentAsync("#unlock-error"), StringComparison.Ordinal);
        Assert.True(await page.IsHiddenAsync("#content"));
        Assert.Equal(0, await page.Locator(".card").CountAsync());
    }

    /// <summary>The control: the same rewrite with the parameters the site uses (a fresh salt) does open, so the refusals above are the checks' doing.</summary>
    [Fact]
    public async Task A_rewritten_key_table_with_sound_parameters_still_opens()
    {
        using var copy = RewrittenSite("SHA-256", SlotTable.MinimumIterations, SlotTable.FormatVersion, 16);
        await using var server = await StaticSiteServer.StartAsync(copy.Folder);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(server.Address.AbsoluteUri);

        await UnlockForm.UnlockAsync(page, ProtectedSite.PasswordA);

        Assert.Contains(ProtectedSite.NameA, await UnlockForm.CardNamesAsync(page));
    }

    private SiteCopy RewrittenSite(string hash, int iterations, int version, int saltLength)
    {
        var copy = new SiteCopy(site.SiteFolder);
        var path = Path.Combine(copy.Folder, ProtectedSiteWriter.SlotsFile);
        var script = File.ReadAllText(path);
        var table = JsonNode.Parse(script[(script.IndexOf('(') + 1)..script.LastIndexOf(')')])!.AsObject();
        var kek = SlotTable.DeriveKey(ProtectedSite.PasswordA, Convert.FromBase64String((string)table["kdf"]!["salt"]!), (int)table["kdf"]!["iterations"]!);
        var salt = RandomNumberGenerator.GetBytes(saltLength);
        var weak = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(ProtectedSite.PasswordA.Normalize(NormalizationForm.FormC)), salt, iterations, new HashAlgorithmName(hash.Replace("-", "", StringComparison.Ordinal)), 32);
        var slots = new JsonArray();
        foreach (var slot in table["slots"]!.AsArray().Select(s => Convert.FromBase64String((string)s!)))
        {
            var resealed = slot;
            try
            {
                resealed = Envelope.Seal(weak, SlotTable.SlotId, Envelope.Open(kek, SlotTable.SlotId, slot), 512);
            }
            catch (CryptographicException)
            {
                // A decoy or another password's slot: left as it is.
            }

            slots.Add(Convert.ToBase64String(resealed));
        }

        table["v"] = version;
        table["kdf"] = new JsonObject { ["name"] = "PBKDF2", ["hash"] = hash, ["iterations"] = iterations, ["salt"] = Convert.ToBase64String(salt) };
        table["slots"] = slots;
        File.Delete(path);
        File.WriteAllText(path, "window.portretSlots(" + table.ToJsonString() + ");\n");
        return copy;
    }

    /// <summary>A copy of a built site in a folder of its own, deleted afterwards.</summary>
    private sealed class SiteCopy : IDisposable
    {
        public SiteCopy(string source)
        {
            Folder = Path.Combine(Path.GetTempPath(), "portret-copy-" + Guid.NewGuid().ToString("N")[..12]);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Folder { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
