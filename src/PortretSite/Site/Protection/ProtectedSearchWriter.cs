using System.Collections.Concurrent;
using System.Text.Json;
using PortretSite.Publication;
using PortretSite.Rendering.Theme;
using PortretSite.Search;

namespace PortretSite.Site.Protection;

/// <summary>
/// Seals the search of the protected site: per reading the text of its parts (for snippets), under the key of
/// that reading's page, and per audience its index chunks, each under a key of its own. What an audience's
/// index holds comes from its own readings only, so a part hidden from it is in none of its chunks.
/// </summary>
public sealed class ProtectedSearchWriter(KeyRing keys, Func<string, Labels> labelsFor, Action<string, byte[], byte[], int> writeItem)
{
    /// <summary>Chunks are small; a smaller padding than a page's keeps a query's download small (their sizes are discussed in PRIVACY.md).</summary>
    public const int ChunkMinimumSize = 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<PlannedReading, IReadOnlyList<SearchablePart>> _parts = new(ReferenceEqualityComparer.Instance);

    public static string TextItemPurpose(string slug, PlannedReading reading) => reading.IsWhole ? "searchtext/" + slug : $"searchtext/{slug}/{reading.Id}";

    public static string ChunkPurpose(string audience, string chunk) => $"search/{audience}/{chunk}";

    /// <summary>The item of a reading's text and the text of its parts, labelled in the portrait's language; it is sealed under the key of the reading's page.</summary>
    public (string ItemId, byte[] Plaintext) Text(string slug, PlannedReading reading)
    {
        var labels = labelsFor(reading.Portrait.Language);
        var parts = PartsOf(reading).Select(p => new TextPart(p.Heading ?? labels[p.LabelKey!], p.Text)).ToList();
        return (keys.ItemId(TextItemPurpose(slug, reading)), JsonSerializer.SerializeToUtf8Bytes(new TextPayload(parts), Json));
    }

    /// <summary>The index of one audience over its readings, under keys in its access <paramref name="epoch"/>; <paramref name="pageItem"/> names the page of each reading.</summary>
    public SearchReference WriteIndex(PlannedAudience audience, Func<string, PlannedReading, string> pageItem, string epoch)
    {
        var id = audience.Audience.Id;
        // Each reading's parts on every core: most were not needed while its page was taken from the records.
        var documents = audience.Readings.AsParallel().AsOrdered().Select(r => new SearchDocument(r.Portrait.Slug, r.Portrait.Language, PartsOf(r))).ToList();
        var chunks = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (chunk, plaintext) in SearchIndexBuilder.Build(documents))
        {
            var item = keys.ItemId(ChunkPurpose(id, chunk));
            var key = keys.SearchKey(id, chunk, epoch);
            writeItem(item, key, plaintext, ChunkMinimumSize);
            chunks[chunk] = [item, Convert.ToBase64String(key)];
        }

        var docs = audience.Readings.ToDictionary(
            r => r.Portrait.Slug,
            r => new[] { pageItem(r.Portrait.Slug, r), keys.ItemId(TextItemPurpose(r.Portrait.Slug, r)), r.Portrait.Name },
            StringComparer.Ordinal);
        return new SearchReference(SearchIndexBuilder.ChunkPrefix, [.. StopWords.All], chunks, docs);
    }

    private IReadOnlyList<SearchablePart> PartsOf(PlannedReading reading) => _parts.GetOrAdd(reading, r => SearchableParts.Of(r.Portrait));

    private sealed record TextPart(string Label, string Text);

    private sealed record TextPayload(IReadOnlyList<TextPart> Parts);
}

/// <summary>
/// An audience's search, in its encrypted list: the length of a chunk's key, the words no query looks for, each
/// chunk's item and key, and per document (a portrait's slug) its page's item, its text's item (opened with the
/// page's key) and its name.
/// </summary>
public sealed record SearchReference(int Prefix, IReadOnlyList<string> Stop, SortedDictionary<string, string[]> Chunks, Dictionary<string, string[]> Docs)
{
    /// <summary>The items it names (chunks and texts), for the list to vouch for their ciphertext.</summary>
    public IEnumerable<string> Items => Chunks.Values.Select(c => c[0]).Concat(Docs.Values.Select(d => d[1]));
}
