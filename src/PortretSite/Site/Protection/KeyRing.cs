using System.Security.Cryptography;
using System.Text;

namespace PortretSite.Site.Protection;

/// <summary>
/// Every key and name of a protected site, derived from the site secret with HKDF-SHA256. Names are
/// stable HMACs that say nothing about what they name; content keys also carry the access epoch of
/// whoever may open them, so the same content keeps its keys until someone loses access to it.
/// </summary>
public sealed class KeyRing
{
    private readonly byte[] _pseudorandomKey;
    private readonly byte[] _names;
    private readonly Func<string, byte[]> _portraitSalt;

    /// <param name="portraitSalt">A portrait's key salt (<see cref="PortraitSalts.For"/>), mixed into its content keys; none leaves them as the secret alone derives them.</param>
    public KeyRing(SiteSecret secret, Func<string, byte[]>? portraitSalt = null)
    {
        _portraitSalt = portraitSalt ?? (_ => []);
        _pseudorandomKey = HKDF.Extract(HashAlgorithmName.SHA256, secret.Bytes, salt: []);
        _names = Derive("portret/v1/names", 32);
    }

    /// <summary>
    /// An audience's key in its access epoch (<see cref="AccessEpochs"/>): it changes whenever anyone loses access to the
    /// audience, so what is published after that cannot be opened with anything they held.
    /// </summary>
    public byte[] AudienceKey(string audience, string epoch) => Derive($"portret/v2/audience/{audience}@{epoch}", 32);

    /// <summary>The key of the whole portrait, in the joint epoch of the audiences that read it.</summary>
    public byte[] PortraitKey(string slug, string epoch) => Derive(Salted($"portret/v2/portrait/{slug}@{epoch}", slug), 32);

    /// <summary>
    /// The key of a restricted reading of a portrait (some parts hidden from its audiences): a key of its own, so
    /// an audience holding it opens that reading and no other. The whole portrait keeps <see cref="PortraitKey"/>.
    /// </summary>
    public byte[] ReadingKey(string slug, string readingId, string epoch) => Derive(Salted($"portret/v2/portrait/{slug}/{readingId}@{epoch}", slug), 32);

    /// <summary>The key of a portrait's booklet, handed only in the readings that may see everything it prints.</summary>
    public byte[] BookletKey(string slug, string epoch) => Derive(Salted($"portret/v2/booklet/{slug}@{epoch}", slug), 32);

    /// <summary>The key of a site page (<c>input/pages</c>): derived apart from the portraits', so the same slug never shares a key.</summary>
    public byte[] SitePageKey(string slug, string epoch) => Derive($"portret/v2/sitepage/{slug}@{epoch}", 32);

    /// <summary>
    /// The key of one chunk of an audience's search index, in the audience's access epoch: an audience's index opens
    /// under no other audience's keys, and a reader who lost access cannot open the chunks published after.
    /// </summary>
    public byte[] SearchKey(string audience, string chunk, string epoch) => Derive($"portret/v2/search/{audience}/{chunk}@{epoch}", 32);

    public byte[] MediaKey(string fileName, string epoch) => Derive($"portret/v2/media/{fileName}@{epoch}", 32);

    /// <summary>The key of a photo variant shown by the portrait <paramref name="owner"/>: salted as its pages are, so withdrawing it shreds its photos too.</summary>
    public byte[] MediaKey(string fileName, string epoch, string? owner) =>
        owner is null ? MediaKey(fileName, epoch) : Derive(Salted($"portret/v2/media/{fileName}@{epoch}", owner), 32);

    /// <summary>
    /// A name for the items and keys of files sealed together (<see cref="SealedMedia"/>): the same name only when each
    /// file's item and key are the same, as both derive from the site secret, the owner's key salt, the epoch and the file's name.
    /// </summary>
    public string MediaRecord(IEnumerable<string> fileNames, string epoch, string? owner)
    {
        var purpose = $"portret/v2/media-record@{epoch}";
        return ItemId((owner is null ? purpose : Salted(purpose, owner)) + "\n" + string.Join('\n', fileNames));
    }

    /// <summary>
    /// The key in a booklet's QR link for one clip: it opens that clip's small item (the clip's media keys and its
    /// transcript) and nothing else, so whoever holds the booklet can listen without a password. Printed on paper, it
    /// carries no epoch: taking a reader away cannot take back a booklet they hold.
    /// </summary>
    public byte[] ClipKey(string slug, string clipId) => Derive($"portret/v1/clip/{slug}/{clipId}", 32);

    /// <summary>
    /// The key a passphrase's holder keeps on a remembered device and carries in a share link: it opens that passphrase's
    /// device slot in the current key table only, so taking the passphrase away takes the device and the link away with it.
    /// </summary>
    public byte[] DeviceKey(string credentialId) => Derive("portret/v2/device/" + credentialId, 32);

    /// <summary>A passphrase's stable, opaque name: the same passphrase of the same reader always has it, another never.</summary>
    public string CredentialId(string? reader, string passphrase) => ItemId($"credential\n{reader}\n{passphrase}");

    /// <summary>The epoch of a set of credentials: a digest no set without one of them shares.</summary>
    public string Epoch(IEnumerable<string> credentialIds) => ItemId("epoch\n" + string.Join('\n', credentialIds.Order(StringComparer.Ordinal)))[..16];

    /// <summary>
    /// The site's id (128 bits, hex): names the browser's store of remembered devices, so two sites on one
    /// origin keep separate sessions. Derived from the secret, it cannot be guessed from the content.
    /// </summary>
    public string SiteId => Convert.ToHexStringLower(Derive("portret/v1/site-id", 16));

    /// <summary>An opaque, stable name for an item: 26 characters of base32.</summary>
    public string ItemId(string what) => Base32(HMACSHA256.HashData(_names, Encoding.UTF8.GetBytes(what)).AsSpan(0, 16));

    /// <summary>A portrait's purpose with its key salt; a slug never holds '#', so no purpose of another kind can match it.</summary>
    private string Salted(string purpose, string slug) =>
        _portraitSalt(slug) is { Length: > 0 } salt ? purpose + "#salt=" + Convert.ToHexStringLower(salt) : purpose;

    /// <summary>
    /// HKDF-SHA256 (RFC 5869) with an empty salt, for keys of at most one hash length: the expand
    /// step is then one HMAC of the purpose and the counter 1, under the key extracted once. A large
    /// site derives tens of thousands of keys per build, and a full HKDF call each costs ten times more.
    /// </summary>
    private byte[] Derive(string purpose, int length)
    {
        var info = Encoding.UTF8.GetBytes(purpose);
        var block = new byte[info.Length + 1];
        info.CopyTo(block, 0);
        block[^1] = 1;
        return HMACSHA256.HashData(_pseudorandomKey, block)[..length];
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var text = new StringBuilder();
        var buffer = 0;
        var bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }
}
