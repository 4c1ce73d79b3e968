using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PortretSite.Site.Protection;

/// <summary>An audience a passphrase opens: the id of its encrypted index and the key to it.</summary>
public sealed record AudienceGrant(string IndexId, byte[] Key);

/// <summary>What one passphrase opens, and the device key (<see cref="KeyRing.DeviceKey"/>) its remembered devices and share link hold.</summary>
public sealed record CredentialGrants(Credential Credential, byte[] DeviceKey, IReadOnlyList<AudienceGrant> Grants);

/// <summary>
/// The key table (<c>data/keys.js</c>). Each passphrase derives, with PBKDF2-HMAC-SHA256 and the table's salt, a key
/// that opens one password slot; the slot holds the keys of the passphrase's audiences and its device key. Each
/// device key opens one device slot with the same audience keys: a remembered device or a share link holds only
/// the device key, so it always goes through the current table, and a passphrase taken away stops its devices and
/// links too. Both lists are padded with random decoys to a multiple of eight. The salt is new whenever the table
/// is made again (a passphrase added or taken away): a dictionary computed against an older table is useless.
/// One salt per table rather than per slot keeps unlocking one PBKDF2 run however many slots there are
/// (docs/PRIVACY.md weighs the two).
/// </summary>
public static class SlotTable
{
    /// <summary>3: device slots, a salt per table, the remember-me policy.</summary>
    public const int FormatVersion = 3;
    public const int MinimumIterations = 600_000;
    public const int MaximumIterations = 10_000_000;
    public const string SlotId = "slot";
    public const string DeviceSlotId = "device";
    private const int SlotMultiple = 8;
    private const int SlotMinimumSize = 512;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SlotTableFile Build(string siteId, int iterations, RememberPolicy remember, IReadOnlyList<CredentialGrants> credentials)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var passwordSlots = credentials.Select(c => (Key: DeriveKey(c.Credential.Password.Text, salt, iterations),
            Plaintext: JsonSerializer.SerializeToUtf8Bytes(new PasswordSlot(Convert.ToBase64String(c.DeviceKey), Entries(c.Grants)), Json))).ToList();
        var deviceSlots = credentials.Select(c => (Key: c.DeviceKey, Plaintext: JsonSerializer.SerializeToUtf8Bytes(new DeviceSlot(Entries(c.Grants)), Json))).ToList();
        return new SlotTableFile(
            FormatVersion,
            siteId,
            new Kdf("PBKDF2", "SHA-256", iterations, Convert.ToBase64String(salt)),
            Padded(passwordSlots, SlotId),
            Padded(deviceSlots, DeviceSlotId),
            remember);
    }

    public static byte[] DeriveKey(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormC)), salt, iterations, HashAlgorithmName.SHA256, 32);

    private static SlotEntry[] Entries(IReadOnlyList<AudienceGrant> grants) => [.. grants.Select(g => new SlotEntry(g.IndexId, Convert.ToBase64String(g.Key)))];

    /// <summary>Every slot of a list the same size, in random order among decoys that look the same.</summary>
    private static IReadOnlyList<string> Padded(List<(byte[] Key, byte[] Plaintext)> slots, string slotId)
    {
        var size = Envelope.Bucket(slots.Select(p => p.Plaintext.Length + 4).DefaultIfEmpty(0).Max(), SlotMinimumSize);
        var sealedSlots = slots.Select(p => Envelope.Seal(p.Key, slotId, p.Plaintext, size)).ToList();
        var sealedLength = Envelope.Seal(new byte[32], slotId, [], size).Length;
        var total = Math.Max(SlotMultiple, (sealedSlots.Count + SlotMultiple - 1) / SlotMultiple * SlotMultiple);
        while (sealedSlots.Count < total)
        {
            var decoy = RandomNumberGenerator.GetBytes(sealedLength);
            "PRT"u8.CopyTo(decoy);
            decoy[3] = Envelope.Version;
            sealedSlots.Add(decoy);
        }

        RandomNumberGenerator.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sealedSlots));
        return [.. sealedSlots.Select(Convert.ToBase64String)];
    }

    public sealed record SlotEntry(string I, string K);

    /// <param name="D">The passphrase's device key, kept by a device that remembers it.</param>
    public sealed record PasswordSlot(string D, SlotEntry[] G);

    public sealed record DeviceSlot(SlotEntry[] G);
}

/// <summary>How long a device may remember a passphrase, and whether it may at all on <c>file://</c>.</summary>
public sealed record RememberPolicy(int Days, bool Files);

public sealed record SlotTableFile(int V, string Site, Kdf Kdf, IReadOnlyList<string> Slots, IReadOnlyList<string> Devices, RememberPolicy Remember);

public sealed record Kdf(string Name, string Hash, int Iterations, string Salt);
