using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PortretSite.Site.Protection;

/// <summary>An audience a password opens: the id of its encrypted index and the key to it.</summary>
public sealed record AudienceGrant(string IndexId, byte[] Key);

/// <summary>
/// The password slots: each distinct password derives, with PBKDF2-HMAC-SHA256 (600,000
/// iterations) and the site's salt, a key that opens one slot holding the keys of the audiences
/// that password belongs to. The table is padded with random decoy slots of the same size to a
/// multiple of eight, so its length does not tell how many families or passwords there are.
/// One site-wide salt (random per site, from the site secret) lets the browser run PBKDF2 once and
/// try every slot with the one key, so unlocking stays fast however many slots there are.
/// The table names its format (<see cref="FormatVersion"/>) and the site (<see cref="KeyRing.SiteId"/>):
/// the browser refuses a table of a format or KDF it does not know, and keeps remembered devices per site.
/// </summary>
public static class SlotTable
{
    /// <summary>2: the table names its site, for the browser's remembered devices.</summary>
    public const int FormatVersion = 2;
    public const int Iterations = 600_000;
    public const string SlotId = "slot";
    private const int SlotMultiple = 8;
    private const int SlotMinimumSize = 512;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SlotTableFile Build(byte[] salt, string siteId, IReadOnlyDictionary<string, IReadOnlyList<AudienceGrant>> grantsByPassword)
    {
        var plaintexts = grantsByPassword.Select(pair => (Password: pair.Key, Plaintext: JsonSerializer.SerializeToUtf8Bytes(
            pair.Value.Select(g => new SlotEntry(g.IndexId, Convert.ToBase64String(g.Key))).ToArray(), Json))).ToList();
        var size = Envelope.Bucket(plaintexts.Select(p => p.Plaintext.Length + 4).DefaultIfEmpty(0).Max(), SlotMinimumSize);
        var slots = plaintexts
            .Select(p => Envelope.Seal(DeriveKey(p.Password, salt), SlotId, p.Plaintext, size))
            .ToList();
        var sealedLength = slots.FirstOrDefault()?.Length ?? Envelope.Seal(new byte[32], SlotId, [], size).Length;
        var total = Math.Max(SlotMultiple, (slots.Count + SlotMultiple - 1) / SlotMultiple * SlotMultiple);
        while (slots.Count < total)
        {
            var decoy = RandomNumberGenerator.GetBytes(sealedLength);
            "PRT"u8.CopyTo(decoy);
            decoy[3] = Envelope.Version;
            slots.Add(decoy);
        }

        RandomNumberGenerator.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots));
        return new SlotTableFile(FormatVersion, siteId, new Kdf("PBKDF2", "SHA-256", Iterations, Convert.ToBase64String(salt)), [.. slots.Select(Convert.ToBase64String)]);
    }

    public static byte[] DeriveKey(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormC)), salt, Iterations, HashAlgorithmName.SHA256, 32);

    public sealed record SlotEntry(string I, string K);
}

public sealed record SlotTableFile(int V, string Site, Kdf Kdf, IReadOnlyList<string> Slots);

public sealed record Kdf(string Name, string Hash, int Iterations, string Salt);
