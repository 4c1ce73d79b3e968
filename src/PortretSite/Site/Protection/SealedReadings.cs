using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortretSite.Content.Portraits;
using PortretSite.Foundation.State;

namespace PortretSite.Site.Protection;

/// <summary>
/// Remembers what each reading of a portrait was sealed as (its page, its search text, its card), by a stamp of
/// everything they are made from: the reading's portrait as the plan gave it, what the writer seals it with (items,
/// keys, the photos' and recordings' items and keys), and what every page shares (the tool, the environment, the
/// settings, the theme, the day). A reading whose stamp is as before is linked from the ciphertext cache without
/// rendering its page; any difference renders it anew. Written only by a build without errors; safe to delete.
/// </summary>
public sealed class SealedReadings
{
    private readonly string _file;
    private readonly byte[] _shared;
    private readonly Lazy<ConcurrentDictionary<string, string[]>> _known;
    private readonly ConcurrentDictionary<string, string[]> _used = new(StringComparer.Ordinal);

    /// <param name="shared">What every page is made from besides its own portrait (<see cref="SourceStamp.OfSite"/>).</param>
    public SealedReadings(string file, string shared)
    {
        _file = file;
        _shared = Encoding.UTF8.GetBytes(shared + "\n" + DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n");
        _known = new(() => JsonIndex.Load(file, StateJson.Default.DictionaryStringStringArray));
    }

    /// <summary>The stamp of a reading: its <paramref name="portrait"/> and the lines that say what it is sealed with.</summary>
    public string Stamp(Portrait portrait, IEnumerable<string> sealedWith)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_shared);
        foreach (var line in sealedWith)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        }

        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(portrait, PortraitJson.Default.Portrait));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The scripts a reading of this stamp was sealed as, when every one is still in <paramref name="cache"/> as it was sealed.</summary>
    public IReadOnlyList<(string ItemId, SealedScript Script)>? Replay(string stamp, CiphertextCache cache)
    {
        if (!_known.Value.TryGetValue(stamp, out var remembered) || remembered.Length % 3 != 0)
        {
            return null;
        }

        var scripts = new List<(string, SealedScript)>();
        for (var i = 0; i < remembered.Length; i += 3)
        {
            if (cache.Reuse(remembered[i + 1], remembered[i + 2]) is not { } script)
            {
                return null;
            }

            scripts.Add((remembered[i], script));
        }

        _used[stamp] = remembered;
        return scripts;
    }

    public void Remember(string stamp, IEnumerable<(string ItemId, SealedScript Script)> scripts) =>
        _used[stamp] = [.. scripts.SelectMany(s => new[] { s.ItemId, s.Script.Name, s.Script.Vouch })];

    /// <summary>Keeps the readings this build sealed or reused, and forgets the others.</summary>
    public void Save()
    {
        var known = _known.Value;
        if (known.Count == _used.Count && _used.All(pair => known.TryGetValue(pair.Key, out var items) && items.SequenceEqual(pair.Value)))
        {
            return;
        }

        JsonIndex.Save(_file, new Dictionary<string, string[]>(_used, StringComparer.Ordinal), StateJson.Default.DictionaryStringStringArray);
    }
}
