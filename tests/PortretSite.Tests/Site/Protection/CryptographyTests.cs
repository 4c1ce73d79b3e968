using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

public sealed class CryptographyTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private const string SiteId = "00112233445566778899aabbccddeeff";

    [Fact]
    public void An_envelope_opens_to_exactly_what_was_sealed()
    {
        var plaintext = Encoding.UTF8.GetBytes("Josée zong vijftig jaar in het koor.");

        var sealedItem = Envelope.Seal(Key, "item-1", plaintext);

        Assert.Equal(plaintext, Envelope.Open(Key, "item-1", sealedItem));
        Assert.Equal("PRT"u8.ToArray(), sealedItem[..3]);
        Assert.Equal(Envelope.Version, sealedItem[3]);
    }

    [Fact]
    public void Flipping_any_byte_fails_authentication_and_yields_no_plaintext()
    {
        var sealedItem = Envelope.Seal(Key, "item-1", Encoding.UTF8.GetBytes("geheim"));

        for (var i = 4; i < sealedItem.Length; i += 97)
        {
            var tampered = (byte[])sealedItem.Clone();
            tampered[i] ^= 0x01;
            byte[]? opened = null;
            Assert.ThrowsAny<CryptographicException>(() => opened = Envelope.Open(Key, "item-1", tampered));
            Assert.Null(opened);
        }
    }

    [Fact]
    public void An_envelope_is_bound_to_its_item_id_and_its_key()
    {
        var sealedItem = Envelope.Seal(Key, "page-a", Encoding.UTF8.GetBytes("verhaal"));

        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(Key, "page-b", sealedItem));
        Assert.ThrowsAny<CryptographicException>(() => Envelope.Open(RandomNumberGenerator.GetBytes(32), "page-a", sealedItem));
    }

    [Fact]
    public void Every_encryption_uses_a_fresh_nonce()
    {
        var nonces = Enumerable.Range(0, 20_000)
            .Select(_ => Convert.ToHexString(Envelope.Seal(Key, "same", "same"u8).AsSpan(4, 12)))
            .ToHashSet();

        Assert.Equal(20_000, nonces.Count);
    }

    [Theory]
    [InlineData(10, 4096)]
    [InlineData(4096, 4096)]
    [InlineData(4097, 4608)]
    [InlineData(1_000_000, 1_048_576)]
    [InlineData(1_048_577, 1_179_648)]
    public void Sizes_are_padded_to_buckets(int size, int bucket) => Assert.Equal(bucket, Envelope.Bucket(size));

    [Fact]
    public void Slots_use_pbkdf2_sha256_with_600000_iterations_and_a_16_byte_salt()
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var grants = new Dictionary<string, IReadOnlyList<AudienceGrant>> { ["een lange wachtzin"] = [new AudienceGrant("index-a", Key)] };

        var table = SlotTable.Build(salt, SiteId, grants);

        Assert.Equal(("PBKDF2", "SHA-256", 600_000), (table.Kdf.Name, table.Kdf.Hash, table.Kdf.Iterations));
        Assert.Equal((SlotTable.FormatVersion, SiteId), (table.V, table.Site));
        Assert.Equal(salt, Convert.FromBase64String(table.Kdf.Salt));
        Assert.Equal(Rfc2898DeriveBytes.Pbkdf2("een lange wachtzin"u8, salt, 600_000, HashAlgorithmName.SHA256, 32), SlotTable.DeriveKey("een lange wachtzin", salt));
    }

    [Fact]
    public void The_right_password_opens_its_slot_and_its_audiences_only()
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var keyA = RandomNumberGenerator.GetBytes(32);
        var keyB = RandomNumberGenerator.GetBytes(32);
        var table = SlotTable.Build(salt, SiteId, new Dictionary<string, IReadOnlyList<AudienceGrant>>
        {
            ["wachtzin van familie a"] = [new AudienceGrant("index-a", keyA)],
            ["wachtzin van familie b"] = [new AudienceGrant("index-b", keyB)],
        });

        var opened = OpenSlots(table, "wachtzin van familie a", salt);

        var grant = Assert.Single(opened);
        Assert.Equal("index-a", grant.GetProperty("i").GetString());
        Assert.Equal(keyA, Convert.FromBase64String(grant.GetProperty("k").GetString()!));
        Assert.Empty(OpenSlots(table, "verkeerd wachtwoord", salt));
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(8, 8)]
    [InlineData(9, 16)]
    public void The_slot_table_is_padded_with_decoys_of_the_same_size(int passwords, int slots)
    {
        var grants = Enumerable.Range(0, passwords).ToDictionary(i => $"wachtzin nummer {i}", i => (IReadOnlyList<AudienceGrant>)[new AudienceGrant($"index-{i}", Key)]);

        var table = SlotTable.Build(RandomNumberGenerator.GetBytes(16), SiteId, grants);

        Assert.Equal(slots, table.Slots.Count);
        Assert.Single(table.Slots.Select(s => Convert.FromBase64String(s).Length).Distinct());
    }

    [Fact]
    public void Names_and_keys_are_stable_per_secret_and_say_nothing()
    {
        using var site = new TempSite();
        var secret = SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!;
        var again = SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!;

        var keys = new KeyRing(secret);

        Assert.Equal(keys.ItemId("page/maria"), new KeyRing(again).ItemId("page/maria"));
        Assert.Matches("^[a-z2-7]{26}$", keys.ItemId("page/maria"));
        Assert.NotEqual(keys.PortraitKey("maria"), keys.PortraitKey("jan"));
        Assert.NotEqual(keys.AudienceKey("family-a"), keys.MediaKey("family-a"));
        Assert.Matches("^[0-9a-f]{32}$", keys.SiteId);
        Assert.Equal(keys.SiteId, new KeyRing(again).SiteId);
    }

    [Fact]
    public void Keys_are_HKDF_SHA256_of_the_site_secret_by_purpose()
    {
        using var site = new TempSite();
        var secret = SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!;
        byte[] Hkdf(string purpose, int length) => HKDF.DeriveKey(HashAlgorithmName.SHA256, secret.Bytes, length, salt: [], info: System.Text.Encoding.UTF8.GetBytes(purpose));

        var keys = new KeyRing(secret);

        Assert.Equal(Hkdf("portret/v1/portrait/maria", 32), keys.PortraitKey("maria"));
        Assert.Equal(Hkdf("portret/v1/audience/familie-verhaegen", 32), keys.AudienceKey("familie-verhaegen"));
        Assert.Equal(Hkdf("portret/v1/media/ab12-960.webp", 32), keys.MediaKey("ab12-960.webp"));
        Assert.Equal(Hkdf("portret/v1/slot-salt", 16), keys.SlotSalt);
    }

    [Fact]
    public void Rotating_the_secret_changes_every_name_and_key()
    {
        using var site = new TempSite();
        var before = new KeyRing(SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!);

        SiteSecret.Rotate(site.Root);
        var after = new KeyRing(SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!);

        Assert.NotEqual(before.ItemId("page/maria"), after.ItemId("page/maria"));
        Assert.NotEqual(before.AudienceKey("family-a"), after.AudienceKey("family-a"));
    }

    private static List<JsonElement> OpenSlots(SlotTableFile table, string password, byte[] salt)
    {
        var kek = SlotTable.DeriveKey(password, salt);
        var opened = new List<JsonElement>();
        foreach (var slot in table.Slots)
        {
            try
            {
                var plain = Envelope.Open(kek, SlotTable.SlotId, Convert.FromBase64String(slot));
                opened.AddRange(JsonDocument.Parse(plain).RootElement.EnumerateArray());
            }
            catch (CryptographicException)
            {
                // Not this password's slot, or a decoy.
            }
        }

        return opened;
    }
}
