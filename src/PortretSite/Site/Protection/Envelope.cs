using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PortretSite.Site.Protection;

/// <summary>
/// The encrypted form of every item: <c>"PRT" | version | 96-bit nonce | AES-256-GCM ciphertext
/// and tag</c>. The item's id and the version are bound as associated data, so a file cannot be
/// swapped for another; the plaintext is length-prefixed and padded to a size bucket so file
/// sizes tell little. A fresh random nonce for every encryption.
/// </summary>
public static class Envelope
{
    public const byte Version = 1;

    /// <summary>Size buckets per doubling of size for pages and lists (at most 12.5 % padding).</summary>
    public const int StepsPerDoubling = 8;

    /// <summary>Coarser buckets for photos and other media, whose exact sizes would fingerprint them (at most 25 % padding).</summary>
    public const int MediaStepsPerDoubling = 4;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Magic = "PRT"u8.ToArray();

    public static byte[] Seal(byte[] key, string itemId, ReadOnlySpan<byte> plaintext, int minimumSize = 4096, int stepsPerDoubling = StepsPerDoubling)
    {
        var padded = new byte[Bucket(plaintext.Length + 4, minimumSize, stepsPerDoubling)];
        BinaryPrimitives.WriteInt32BigEndian(padded, plaintext.Length);
        plaintext.CopyTo(padded.AsSpan(4));

        var sealedItem = new byte[Magic.Length + 1 + NonceSize + padded.Length + TagSize];
        Magic.CopyTo(sealedItem, 0);
        sealedItem[3] = Version;
        var nonce = sealedItem.AsSpan(4, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, padded, sealedItem.AsSpan(4 + NonceSize, padded.Length), sealedItem.AsSpan(4 + NonceSize + padded.Length), AssociatedData(itemId));
        return sealedItem;
    }

    /// <summary>Opens an item; throws <see cref="AuthenticationTagMismatchException"/> for a wrong key, another id, or any changed byte.</summary>
    public static byte[] Open(byte[] key, string itemId, ReadOnlySpan<byte> sealedItem)
    {
        if (sealedItem.Length < 4 + NonceSize + TagSize || !sealedItem[..3].SequenceEqual(Magic) || sealedItem[3] != Version)
        {
            throw new CryptographicException("not a PortretSite envelope of a known version");
        }

        var cipher = sealedItem[(4 + NonceSize)..^TagSize];
        var padded = new byte[cipher.Length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedItem.Slice(4, NonceSize), cipher, sealedItem[^TagSize..], padded, AssociatedData(itemId));
        var length = BinaryPrimitives.ReadInt32BigEndian(padded);
        return padded.AsSpan(4, length).ToArray();
    }

    /// <summary>
    /// Up to the minimum (4 KiB): the minimum. Above: rounded up to one of <paramref name="stepsPerDoubling"/> steps
    /// (a power of two) between the size's power of two and the next one.
    /// </summary>
    public static int Bucket(int size, int minimumSize = 4096, int stepsPerDoubling = StepsPerDoubling)
    {
        if (size <= minimumSize)
        {
            return minimumSize;
        }

        var step = 1 << Math.Max(0, int.Log2(size) - int.Log2(stepsPerDoubling));
        return (size + step - 1) / step * step;
    }

    public static byte[] AssociatedData(string itemId) => Encoding.UTF8.GetBytes($"portret/v{Version}/{itemId}");
}
