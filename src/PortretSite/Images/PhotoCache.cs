using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PortretSite.Foundation.State;

namespace PortretSite.Images;

/// <summary>
/// The on-disk cache of processed photos: files named by a key made of the photo's content hash
/// and every setting that shapes the output, plus a small manifest per photo. A photo whose
/// manifest and files are present is never decoded again. Every write is atomic (temporary
/// file, then rename), so a build killed mid-write never leaves a file that is later trusted.
/// Two indexes spare a large site a file read per photo: the content hash of each source by its
/// size and time, and every manifest in one file. Safe to delete at any time.
/// </summary>
public sealed class PhotoCache
{
    private const string SourceIndexFile = "sources.json";
    private const string ManifestIndexFile = "manifests.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    // Read when first needed: a build that changed nothing never asks.
    private readonly FileHashes _sources;
    private readonly Lazy<ConcurrentDictionary<string, CachedPhoto>> _manifestIndex;
    private readonly CacheFiles _files;
    private bool _manifestsChanged;

    /// <summary>The files there were when first asked, listed once instead of asked for one by one (a large site has tens of thousands).</summary>
    private readonly Lazy<ISet<string>> _present;

    public PhotoCache(string folder)
    {
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
        _files = new CacheFiles(Folder);
        _sources = new FileHashes(Path.Combine(Folder, SourceIndexFile));
        _present = new(_files.Listed);
        _manifestIndex = new(() => JsonIndex.Load(Path.Combine(Folder, ManifestIndexFile), PhotoCacheJson.Default.DictionaryStringCachedPhoto));
    }

    private ConcurrentDictionary<string, CachedPhoto> Manifests => _manifestIndex.Value;

    /// <summary>Lists the cache and reads its manifests in the background; a failure shows where they are first used.</summary>
    public void Prepare()
    {
        _ = Task.Run(() => _present.Value);
        _ = Task.Run(() => _manifestIndex.Value);
    }

    public string Folder { get; }

    /// <summary>The content hash of a source file, from the index when size and time are unchanged.</summary>
    public string SourceHash(FileInfo source) => _sources.Of(source);

    public static string Key(string sourceHash, string settingsFingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceHash + "|" + settingsFingerprint)))[..20];

    public string PathFor(string fileName) => _files.PathFor(fileName);

    public CachedPhoto? Find(string key)
    {
        var cached = Manifests.TryGetValue(key, out var known) ? known : ReadManifest(key);
        return cached is not null && cached.Variants.All(v => IsPresent(v.FileName)) ? cached : null;
    }

    /// <summary>A file made since the listing (by this build's workers) is asked for on disk.</summary>
    private bool IsPresent(string fileName) => _present.Value.Contains(fileName) || File.Exists(PathFor(fileName));

    public void Store(string key, CachedPhoto photo)
    {
        _files.WriteAtomically(key + ".json", JsonSerializer.SerializeToUtf8Bytes(photo, Json));
        Remember(key, photo);
    }

    /// <summary>Removes every cached file whose key is not in <paramref name="keep"/>, and the remembered hash of every source not in <paramref name="sources"/>.</summary>
    public int Prune(IReadOnlySet<string> keep, IReadOnlySet<string> sources)
    {
        _sources.KeepOnly(sources);
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name == SourceIndexFile || name == ManifestIndexFile || name.Length < 20 || keep.Contains(name[..20]))
            {
                continue;
            }

            File.Delete(file);
            removed++;
            if (Manifests.TryRemove(name[..20], out _))
            {
                _manifestsChanged = true;
            }
        }

        SaveIndexes();
        return removed;
    }

    /// <summary>Writes the indexes when this build added to them.</summary>
    public void SaveIndexes()
    {
        _sources.Save();
        if (_manifestsChanged)
        {
            JsonIndex.Save(Path.Combine(Folder, ManifestIndexFile), new Dictionary<string, CachedPhoto>(Manifests), PhotoCacheJson.Default.DictionaryStringCachedPhoto);
            _manifestsChanged = false;
        }
    }

    private CachedPhoto? ReadManifest(string key)
    {
        var manifest = PathFor(key + ".json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            var cached = JsonSerializer.Deserialize<CachedPhoto>(File.ReadAllText(manifest), Json);
            if (cached is not null)
            {
                Remember(key, cached);
            }

            return cached;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Remember(string key, CachedPhoto photo)
    {
        Manifests[key] = photo;
        _manifestsChanged = true;
    }
}

/// <summary>What the cache remembers of a processed photo.</summary>
public sealed record CachedPhoto(int Width, int Height, IReadOnlyList<CachedVariant> Variants, string? Placeholder, DateTime? Taken, string? Description);

public sealed record CachedVariant(string FileName, int Width, int Height, string MediaType);

/// <summary>The cache's manifest index read and written without reflection: at 20,000 photos it is megabytes.</summary>
[JsonSerializable(typeof(Dictionary<string, CachedPhoto>))]
internal sealed partial class PhotoCacheJson : JsonSerializerContext;
