using PortretSite.Foundation.State;

namespace PortretSite.Site.Protection;

/// <summary>
/// Remembers what each audience's list was sealed as (its index and its search chunks) by a stamp of everything the
/// list is made from: the audience, its keys, the stamp of each of its readings and what each page, text and card was
/// sealed as, its site pages, and what every page shares (the tool, the environment, the settings, the theme, the day).
/// A list whose stamp is as before is linked from the ciphertext cache without rendering its cards or building its
/// search index. Its freshness counter's entry is kept with it, so the counter stays what it was. Written only by a
/// build without errors; safe to delete.
/// </summary>
public sealed class SealedLists(string file, string shared)
{
    private readonly StampedLists _lists = new(file);
    private readonly PageStamps _stamps = new(shared);

    /// <summary>Reads what earlier builds sealed in the background, while the build does other work.</summary>
    public void Prepare() => _lists.Prepare();

    public string Stamp(IEnumerable<string> listedWith) => _stamps.Of(listedWith);

    /// <summary>The scripts a list of this stamp was sealed as, when its counter's entry and every script are still in <paramref name="cache"/> as they were.</summary>
    public IReadOnlyList<(string ItemId, SealedScript Script)>? Replay(string stamp, CiphertextCache cache)
    {
        if (_lists.Find(stamp) is not [var counter, .. var kept] || SealedScripts.Replay(kept, cache) is not { } scripts || cache.ReuseFile(counter) is null)
        {
            return null;
        }

        _lists.Keep(stamp, [counter, .. kept]);
        return scripts;
    }

    /// <summary>Remembers a list sealed at <paramref name="stamp"/>: its counter's entry in the cache, and its scripts.</summary>
    public void Remember(string stamp, string counter, IEnumerable<(string ItemId, SealedScript Script)> scripts) =>
        _lists.Keep(stamp, [counter, .. SealedScripts.Flatten(scripts)]);

    /// <summary>Keeps the lists this build sealed or reused, and forgets the others.</summary>
    public void Save() => _lists.Save();
}
