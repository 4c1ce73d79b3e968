using System.Collections.Concurrent;
using System.Security.Cryptography;
using PortretSite.Foundation;
using PortretSite.Foundation.State;

namespace PortretSite.Site.Protection;

/// <summary>
/// One random key salt per portrait, kept in <see cref="SiteLayout.PortraitSaltsFolderName"/> (0600 from creation) and
/// mixed into that portrait's content keys by <see cref="KeyRing"/>. Withdrawing a portrait destroys its salt: its old
/// keys can then not be derived again, not even from the same site secret (crypto-shredding).
/// Where salts are not created (<paramref name="creates"/> false: the secret comes from <c>PORTRET_SITE_SECRET</c>, as in
/// CI where the local state folder does not persist), a portrait without a stored salt has an empty one: its keys derive from
/// the secret alone, and only a new secret shreds them.
/// </summary>
public sealed class PortraitSalts(string root, bool creates)
{
    private const int Length = 32;
    private readonly string _folder = new SiteLayout(root).PortraitSalts;
    private readonly ConcurrentDictionary<string, byte[]> _known = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The salts of the site at <paramref name="root"/> as a build with <paramref name="secret"/> uses them: created only when the secret is local.</summary>
    public static PortraitSalts Of(string root, SiteSecret secret) => new(root, creates: !secret.FromEnvironment);

    /// <summary>The salt of <paramref name="slug"/>: the stored one, a new one stored now, or none (see the class).</summary>
    public byte[] For(string slug) => _known.GetOrAdd(slug, Load);

    /// <summary>The portraits that have a stored salt.</summary>
    public IEnumerable<string> Slugs() => Directory.Exists(_folder)
        ? Directory.EnumerateFiles(_folder).Select(Path.GetFileName).OfType<string>().Where(name => !name.EndsWith(".tmp", StringComparison.Ordinal))
        : [];

    /// <summary>Destroys the salt of <paramref name="slug"/>: every key that was derived with it is gone.</summary>
    public void Destroy(string slug)
    {
        _known.TryRemove(slug, out _);
        File.Delete(Path.Combine(_folder, slug));
    }

    private byte[] Load(string slug)
    {
        var file = Path.Combine(_folder, slug);
        lock (_gate)
        {
            // A damaged salt is replaced like a missing one: the portrait's keys change, and every build hands its readers the keys it uses.
            if (File.Exists(file) && Stored(file) is { } stored)
            {
                return stored;
            }

            if (!creates)
            {
                return [];
            }

            LocalStateFolder.Ensure(root);
            var salt = RandomNumberGenerator.GetBytes(Length);
            PrivateFile.Write(file, Convert.ToBase64String(salt) + "\n");
            return salt;
        }
    }

    private static byte[]? Stored(string file)
    {
        try
        {
            return Convert.FromBase64String(File.ReadAllText(file).Trim()) is { Length: Length } salt ? salt : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
