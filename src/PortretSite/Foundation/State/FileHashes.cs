using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PortretSite.Foundation.State;

/// <summary>
/// The SHA-256 of files, remembered with each file's size and modification time in one index file, so
/// a file whose size and time are as before is not read again: the trust the no-change check already
/// puts in them. The index is read when first asked and written only when this build added to it.
/// Thread-safe; safe to delete at any time.
/// </summary>
public sealed class FileHashes(string indexFile)
{
    private readonly Lazy<ConcurrentDictionary<string, Stamp>> _index = new(() => JsonIndex.Load(indexFile, StateJson.Default.DictionaryStringStamp));
    private volatile bool _changed;

    private ConcurrentDictionary<string, Stamp> Index => _index.Value;

    /// <summary>The lowercase hex SHA-256 of a file's content, read only when its size or time changed.</summary>
    public string Of(string path) => Of(new FileInfo(path));

    /// <inheritdoc cref="Of(string)"/>
    public string Of(FileInfo info) => Of(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks);

    /// <summary>As <see cref="Of(string)"/>, with the size and time a directory listing already found.</summary>
    public string Of(string path, long length, long ticks)
    {
        var stamp = (length, ticks);
        if (Index.TryGetValue(path, out var known) && (known.Length, known.Ticks) == stamp)
        {
            return known.Hash;
        }

        var hash = Compute(path);
        Index[path] = new Stamp(length, ticks, hash);
        _changed = true;
        return hash;
    }

    /// <summary>Reads the whole file: for a hash that must not trust sizes and times (approving what was recognised).</summary>
    public static string Compute(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Forgets every file not in <paramref name="kept"/>.</summary>
    public void KeepOnly(IReadOnlySet<string> kept)
    {
        foreach (var forgotten in Index.Keys.Where(path => !kept.Contains(path)).ToList())
        {
            Index.TryRemove(forgotten, out _);
            _changed = true;
        }
    }

    /// <summary>Writes the index when it changed, without the files that are gone.</summary>
    public void Save()
    {
        if (!_changed)
        {
            return;
        }

        var present = Index.Where(pair => File.Exists(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        JsonIndex.Save(indexFile, present, StateJson.Default.DictionaryStringStamp);
        _changed = false;
    }

    public sealed record Stamp(long Length, long Ticks, string Hash);
}
