namespace PortretSite.Site.Protection;

/// <summary>
/// Sealed items as a record keeps them: item, cache entry and vouch, one after the other (<see cref="SealedReadings"/>,
/// <see cref="SealedLists"/>); taken again only while each entry is in the cache with the vouch it was sealed with.
/// </summary>
public static class SealedScripts
{
    public static string[] Flatten(IEnumerable<(string ItemId, SealedScript Script)> scripts) =>
        [.. scripts.SelectMany(s => new[] { s.ItemId, s.Script.Name, s.Script.Vouch })];

    /// <summary>The scripts kept in <paramref name="kept"/>, when every one is still in <paramref name="cache"/> as it was sealed; none otherwise.</summary>
    public static IReadOnlyList<(string ItemId, SealedScript Script)>? Replay(ReadOnlySpan<string> kept, CiphertextCache cache)
    {
        if (kept.Length % 3 != 0)
        {
            return null;
        }

        var scripts = new List<(string, SealedScript)>(kept.Length / 3);
        for (var i = 0; i < kept.Length; i += 3)
        {
            if (cache.Reuse(kept[i + 1], kept[i + 2]) is not { } script)
            {
                return null;
            }

            scripts.Add((kept[i], script));
        }

        return scripts;
    }
}
