using System.IO.Compression;
using System.Text.Json;

namespace PortretSite.Search;

/// <summary>
/// The index of one audience: every folded word of its readings with its stem and where it occurs (document,
/// part, how often), split into chunks by the word's first two letters, so a query word needs one chunk.
/// A word and its stem always share their first two letters (the stemmer never shortens below three and only
/// changes endings), so stem matching needs no other chunk. Each chunk is deterministic JSON, gzip-compressed:
/// a chunk whose words did not change is byte for byte the same, and keeps its ciphertext.
/// </summary>
public static class SearchIndexBuilder
{
    public const int ChunkPrefix = 2;

    /// <summary>The chunks, by key (a word's first two letters), each its compressed plaintext.</summary>
    public static SortedDictionary<string, byte[]> Build(IEnumerable<SearchDocument> documents)
    {
        // word → its stem, and per document its parts and counts; gathered in hash tables, sorted once when written.
        var words = new Dictionary<string, Occurrences>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            for (var part = 0; part < document.Parts.Count; part++)
            {
                foreach (var word in TextFolding.Words(document.Parts[part].Text))
                {
                    if (word.Length < ChunkPrefix || StopWords.All.Contains(word))
                    {
                        continue;
                    }

                    if (!words.TryGetValue(word, out var entry))
                    {
                        words[word] = entry = new Occurrences(LightStemmer.Stem(word, document.Language));
                    }

                    if (!entry.Places.TryGetValue(document.Id, out var parts))
                    {
                        entry.Places[document.Id] = parts = [];
                    }

                    // Parts come in order: a word seen again in the same part counts up its last pair.
                    if (parts.Count > 0 && parts[^2] == part)
                    {
                        parts[^1]++;
                    }
                    else
                    {
                        parts.Add(part);
                        parts.Add(1);
                    }
                }
            }
        }

        var chunks = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var chunk in words.GroupBy(w => w.Key[..ChunkPrefix], StringComparer.Ordinal))
        {
            chunks[chunk.Key] = Compressed(Json(chunk.OrderBy(w => w.Key, StringComparer.Ordinal)));
        }

        return chunks;
    }

    private sealed record Occurrences(string Stem)
    {
        /// <summary>Per document its parts and counts, as pairs: part, count, part, count.</summary>
        public Dictionary<string, List<int>> Places { get; } = new(StringComparer.Ordinal);
    }

    /// <summary><c>{"wandelen":["wandel",{"slug":[part,count,part,count]}]}</c>: short, because a large site has many chunks.</summary>
    private static byte[] Json(IEnumerable<KeyValuePair<string, Occurrences>> words)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (word, occurrences) in words)
            {
                json.WriteStartArray(word);
                json.WriteStringValue(occurrences.Stem);
                json.WriteStartObject();
                foreach (var (document, parts) in occurrences.Places.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WriteStartArray(document);
                    foreach (var number in parts)
                    {
                        json.WriteNumberValue(number);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] Compressed(byte[] plaintext)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(plaintext);
        }

        return buffer.ToArray();
    }
}
