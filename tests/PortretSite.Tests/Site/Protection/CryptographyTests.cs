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
    public void Slots_use_pbkdf2_sha256_with_a_fresh_16_byte_salt_each_time_the_table_is_made()
    {
        var credentials = Credentials(("een lange wachtzin voor de familie", "index-a"));

        var table = SlotTable.Build(SiteId, 600_000, Remember, credentials);
        var again = SlotTable.Build(SiteId, 600_000, Remember, credentials);

        Assert.Equal(("PBKDF2", "SHA-256", 600_000), (table.Kdf.Name, table.Kdf.Hash, table.Kdf.Iterations));
        Assert.Equal((SlotTable.FormatVersion, SiteId), (table.V, table.Site));
        Assert.Equal(16, Convert.FromBase64String(table.Kdf.Salt).Length);
        Assert.NotEqual(table.Kdf.Salt, again.Kdf.Salt);
        var salt = Convert.FromBase64String(table.Kdf.Salt);
        Assert.Equal(Rfc2898DeriveBytes.Pbkdf2("een lange wachtzin"u8, salt, 600_000, HashAlgorithmName.SHA256, 32), SlotTable.DeriveKey("een lange wachtzin", salt, 600_000));
    }

    [Fact]
    public void The_right_password_opens_its_slot_its_audiences_and_its_device_key_only()
    {
        var credentials = Credentials(("wachtzin van familie a", "index-a"), ("wachtzin van familie b", "index-b"));
        var table = SlotTable.Build(SiteId, 600_000, Remember, credentials);

        var slot = Assert.Single(OpenSlots(table, "wachtzin van familie a"));

        var grant = Assert.Single(slot.GetProperty("g").EnumerateArray());
        Assert.Equal("index-a", grant.GetProperty("i").GetString());
        Assert.Equal(credentials[0].Grants[0].Key, Convert.FromBase64String(grant.GetProperty("k").GetString()!));
        Assert.Equal(credentials[0].DeviceKey, Convert.FromBase64String(slot.GetProperty("d").GetString()!));
        Assert.Empty(OpenSlots(table, "verkeerd wachtwoord"));
    }

    [Fact]
    public void A_device_key_opens_its_own_device_slot_and_no_other()
    {
        var credentials = Credentials(("wachtzin van familie a", "index-a"), ("wachtzin van familie b", "index-b"));
        var table = SlotTable.Build(SiteId, 600_000, Remember, credentials);

        var opened = table.Devices.Select(d => TryOpen(credentials[1].DeviceKey, SlotTable.DeviceSlotId, d)).OfType<JsonElement>().ToList();

        var grant = Assert.Single(Assert.Single(opened).GetProperty("g").EnumerateArray());
        Assert.Equal("index-b", grant.GetProperty("i").GetString());
        Assert.All(table.Devices, d => Assert.Null(TryOpen(RandomNumberGenerator.GetBytes(32), SlotTable.DeviceSlotId, d)));
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(8, 8)]
    [InlineData(9, 16)]
    public void The_slot_table_is_padded_with_decoys_of_the_same_size(int passwords, int slots)
    {
        var table = SlotTable.Build(SiteId, 600_000, Remember, Credentials([.. Enumerable.Range(0, passwords).Select(i => ($"wachtzin nummer {i}", $"index-{i}"))]));

        Assert.Equal(slots, table.Slots.Count);
        Assert.Equal(slots, table.Devices.Count);
        Assert.Single(table.Slots.Select(s => Convert.FromBase64String(s).Length).Distinct());
        Assert.Single(table.Devices.Select(s => Convert.FromBase64String(s).Length).Distinct());
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
        Assert.NotEqual(keys.PortraitKey("maria", "e1"), keys.PortraitKey("jan", "e1"));
        Assert.NotEqual(keys.AudienceKey("family-a", "e1"), keys.MediaKey("family-a", "e1"));
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

        Assert.Equal(Hkdf("portret/v2/portrait/maria@e1", 32), keys.PortraitKey("maria", "e1"));
        Assert.Equal(Hkdf("portret/v2/audience/familie-verhaegen@e1", 32), keys.AudienceKey("familie-verhaegen", "e1"));
        Assert.Equal(Hkdf("portret/v2/media/ab12-960.webp@e1", 32), keys.MediaKey("ab12-960.webp", "e1"));
        Assert.Equal(Hkdf("portret/v2/device/c1", 32), keys.DeviceKey("c1"));
    }

    [Fact]
    public void Rotating_the_secret_changes_every_name_and_key()
    {
        using var site = new TempSite();
        var before = new KeyRing(SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!);

        SiteSecret.Rotate(site.Root);
        var after = new KeyRing(SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!);

        Assert.NotEqual(before.ItemId("page/maria"), after.ItemId("page/maria"));
        Assert.NotEqual(before.AudienceKey("family-a", "e1"), after.AudienceKey("family-a", "e1"));
    }

    [Fact]
    public void An_epoch_changes_with_every_credential_taken_away_and_never_returns_to_one_a_removed_party_held()
    {
        using var site = new TempSite();
        var keys = new KeyRing(SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!);
        var anna = keys.CredentialId("Anna", "zes woorden van anna hier samen");
        var bert = keys.CredentialId("Bert", "zes woorden van bert hier samen");
        var shared = keys.CredentialId(null, "de gedeelde wachtzin van de familie");

        var withBert = keys.Epoch([anna, bert, shared]);

        Assert.Equal(withBert, keys.Epoch([shared, bert, anna]));
        Assert.NotEqual(withBert, keys.Epoch([anna, shared]));
        Assert.NotEqual(keys.Epoch([anna, shared]), keys.Epoch([anna]));
        Assert.NotEqual(keys.CredentialId("Anna", "x y z"), keys.CredentialId("Bert", "x y z"));
        Assert.NotEqual(keys.AudienceKey("family-a", withBert), keys.AudienceKey("family-a", keys.Epoch([anna, shared])));
    }

    private static readonly RememberPolicy Remember = new(90, false);

    private static List<CredentialGrants> Credentials(params (string Password, string Index)[] passwords) =>
        [.. passwords.Select((p, i) => new CredentialGrants(
            new Credential($"credential-{i}", null, new PortretSite.Publication.Password(p.Password)),
            RandomNumberGenerator.GetBytes(32),
            [new AudienceGrant(p.Index, RandomNumberGenerator.GetBytes(32))]))];

    private static List<JsonElement> OpenSlots(SlotTableFile table, string password)
    {
        var kek = SlotTable.DeriveKey(password, Convert.FromBase64String(table.Kdf.Salt), table.Kdf.Iterations);
        return [.. table.Slots.Select(slot => TryOpen(kek, SlotTable.SlotId, slot)).OfType<JsonElement>()];
    }

    private static JsonElement? TryOpen(byte[] key, string slotId, string slot)
    {
        try
        {
            return JsonDocument.Parse(Envelope.Open(key, slotId, Convert.FromBase64String(slot))).RootElement;
        }
        catch (CryptographicException)
        {
            // Not this key's slot, or a decoy.
            return null;
        }
    }
}
