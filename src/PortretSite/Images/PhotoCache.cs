using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortretSite.Foundation.State;

namespace PortretSite.Images;

/// <summary>
/// The on-disk cache of processed photos: files named by a key made of the photo's content hash
/// and every setting that shapes the output, plus a small manifest per photo. A photo whose
/// manifest and files are present is never decoded again. Every write is atomic (temporary
/// file, then rename), so a build killed mid-write never leaves a file that is later trusted.
/// Safe to delete at any time.
/// </summary>
public sealed class PhotoCache
{
    private const string SourceIndexFile = "sources.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly ConcurrentDictionary<string, SourceStamp> _sources;
    private readonly CacheFiles _files;
    private bool _sourcesChanged;

    public PhotoCache(string folder)
    {
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
        _files = new CacheFiles(Folder);
        _sources = LoadSourceIndex();
    }

    public string Folder { get; }

    /// <summary>The content hash of a source file, from the index when size and time are unchanged.</summary>
    public string SourceHash(string path)
    {
        var info = new FileInfo(path);
        var stamp = (info.Length, info.LastWriteTimeUtc.Ticks);
        if (_sources.TryGetValue(path, out var known) && (known.Length, known.Ticks) == stamp)
        {
            return known.Hash;
        }

        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        _sources[path] = new SourceStamp(stamp.Length, stamp.Ticks, hash);
        _sourcesChanged = true;
        return hash;
    }

    public static string Key(string sourceHash, string settingsFingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceHash + "|" + settingsFingerprint)))[..20];

    public string PathFor(string fileName) => _files.PathFor(fileName);

    public CachedPhoto? Find(string key)
    {
        var manifest = PathFor(key + ".json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            var cached = JsonSerializer.Deserialize<CachedPhoto>(File.ReadAllText(manifest), Json);
            return cached is not null && cached.Variants.All(v => File.Exists(PathFor(v.FileName))) ? cached : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Store(string key, CachedPhoto photo) => _files.WriteAtomically(key + ".json", JsonSerializer.SerializeToUtf8Bytes(photo, Json));

    /// <summary>Removes every cached file whose key is not in <paramref name="keep"/>.</summary>
    public int Prune(IReadOnlySet<string> keep)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name == SourceIndexFile || name.Length < 20 || keep.Contains(name[..20]))
            {
                continue;
            }

            File.Delete(file);
            removed++;
        }

        return removed;
    }

    public void SaveSourceIndex()
    {
        if (!_sourcesChanged)
        {
            return;
        }

        var live = _sources.Where(pair => File.Exists(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
        var target = Path.Combine(Folder, SourceIndexFile);
        var temporary = target + $".{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(live, Json));
        File.Move(temporary, target, overwrite: true);
        _sourcesChanged = false;
    }

    private ConcurrentDictionary<string, SourceStamp> LoadSourceIndex()
    {
        try
        {
            var path = Path.Combine(Folder, SourceIndexFile);
            var index = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, SourceStamp>>(File.ReadAllText(path), Json) : null;
            return new ConcurrentDictionary<string, SourceStamp>(index ?? [], StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return new ConcurrentDictionary<string, SourceStamp>(StringComparer.Ordinal);
        }
    }

    public sealed record SourceStamp(long Length, long Ticks, string Hash);
}

/// <summary>What the cache remembers of a processed photo.</summary>
public sealed record CachedPhoto(int Width, int Height, IReadOnlyList<CachedVariant> Variants, string? Placeholder, DateTime? Taken, string? Description);

public sealed record CachedVariant(string FileName, int Width, int Height, string MediaType);
