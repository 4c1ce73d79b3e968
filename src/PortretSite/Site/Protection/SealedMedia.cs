using System.Security.Cryptography;
using System.Text;
using PortretSite.Foundation.State;

namespace PortretSite.Site.Protection;

/// <summary>
/// Remembers what the photo and recording files sealed together (a portrait's, under one key salt and one access epoch)
/// were sealed as: each file's item and cache entry, by a stamp of everything their items and keys derive from (the site
/// secret, the key salt, the epoch, the files' names) and of the tool (<see cref="SourceStamp.OfSite"/>). Files whose
/// stamp is as before are linked from the ciphertext cache without deriving a key: only a page rendered anew asks for
/// one. Written only by a build without errors; safe to delete at any time.
/// </summary>
public sealed class SealedMedia(string file, string shared)
{
    private readonly StampedLists _lists = new(file);

    /// <summary>Reads what earlier builds sealed in the background, while the build does other work.</summary>
    public void Prepare() => _lists.Prepare();

    /// <summary>The stamp of files sealed together, from the name <see cref="KeyRing.MediaRecord"/> gives their items and keys.</summary>
    public string Stamp(string keysRecord) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shared + "\n" + keysRecord)));

    /// <summary>
    /// The item and cache entry of each of <paramref name="count"/> files sealed at <paramref name="stamp"/>, in the order they
    /// were remembered, when every entry is still in <paramref name="cache"/>; none otherwise.
    /// </summary>
    public IReadOnlyList<(string ItemId, string Path)>? Replay(string stamp, int count, CiphertextCache cache)
    {
        if (_lists.Find(stamp) is not { } remembered || remembered.Length != 2 * count)
        {
            return null;
        }

        var files = new List<(string, string)>(count);
        for (var i = 0; i < remembered.Length; i += 2)
        {
            if (cache.ReuseFile(remembered[i + 1]) is not { } path)
            {
                return null;
            }

            files.Add((remembered[i], path));
        }

        _lists.Keep(stamp, remembered);
        return files;
    }

    /// <summary>Remembers the files sealed at <paramref name="stamp"/>: each one's item and the path of its cache entry.</summary>
    public void Remember(string stamp, IEnumerable<(string ItemId, string Path)> files) =>
        _lists.Keep(stamp, [.. files.SelectMany(f => new[] { f.ItemId, Path.GetFileName(f.Path) })]);

    /// <summary>Keeps the files this build sealed or reused, and forgets the others.</summary>
    public void Save() => _lists.Save();
}
