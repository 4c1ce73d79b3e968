using System.Collections.Concurrent;

namespace PortretSite.Foundation.State;

/// <summary>
/// Lists of names, each kept by the stamp of what it was made from, in one JSON file: what an earlier build made, for a
/// later one to find by the same stamp. Read when first asked (or in the background, <see cref="Prepare"/>);
/// <see cref="Save"/> keeps only the lists this build kept, so the file never holds more than one build's worth.
/// Thread-safe; safe to delete at any time.
/// </summary>
public sealed class StampedLists(string file)
{
    private readonly Lazy<ConcurrentDictionary<string, string[]>> _known = new(() => JsonIndex.Load(file, StateJson.Default.DictionaryStringStringArray));
    private readonly ConcurrentDictionary<string, string[]> _kept = SharedTables.Create<string[]>();

    /// <summary>Reads the file in the background, while the build does other work.</summary>
    public void Prepare() => _ = Task.Run(() => _known.Value);

    /// <summary>The list an earlier build kept at <paramref name="stamp"/>; the next <see cref="Save"/> forgets it unless it is kept again.</summary>
    public string[]? Find(string stamp) => _known.Value.TryGetValue(stamp, out var list) ? list : null;

    public void Keep(string stamp, string[] list) => _kept[stamp] = list;

    /// <summary>Writes the lists this build kept, when they differ from those it found.</summary>
    public void Save()
    {
        var known = _known.Value;
        if (known.Count == _kept.Count && _kept.All(pair => known.TryGetValue(pair.Key, out var list) && list.SequenceEqual(pair.Value)))
        {
            return;
        }

        JsonIndex.Save(file, new Dictionary<string, string[]>(_kept, StringComparer.Ordinal), StateJson.Default.DictionaryStringStringArray);
    }
}
