using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortretSite.Foundation.State;

namespace PortretSite.Audio;

/// <summary>
/// The on-disk cache of processed clips, beside the photo cache and in its manner: files named by a key made of
/// the recording's content hash and the recipe, a small manifest per clip, every write atomic. A clip whose
/// manifest and both files are present is never transcoded again. Safe to delete at any time.
/// </summary>
public sealed class ClipCache
{
    private readonly CacheFiles _files;

    public ClipCache(string folder)
    {
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
        _files = new CacheFiles(Folder);
    }

    public string Folder { get; }

    public static string Key(string sourceHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceHash + "|" + SpeechRecipe.Fingerprint)))[..20];

    public ClipVariant Opus(string key) => Variant(key + ".webm", "audio/webm; codecs=opus");

    public ClipVariant Aac(string key) => Variant(key + ".m4a", "audio/mp4; codecs=mp4a.40.2");

    /// <summary>A temporary path beside the cache entry it becomes, so the rename is atomic; unique, so two builds never share one.</summary>
    public static string Temporary(ClipVariant variant) => $"{variant.FullPath}.{Guid.NewGuid():N}.tmp";

    public ClipAsset? Find(string source, string key)
    {
        var manifest = _files.PathFor(key + ".json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            var cached = JsonSerializer.Deserialize<CachedClip>(File.ReadAllBytes(manifest));
            var asset = new ClipAsset(source, key, cached?.Seconds ?? 0, Opus(key), Aac(key));
            return cached is not null && asset.Variants.All(v => File.Exists(v.FullPath)) ? asset : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Moves the made files into place, then writes the manifest that makes them trusted.</summary>
    public ClipAsset Store(string source, string key, double seconds, string opusMade, string aacMade)
    {
        File.Move(opusMade, Opus(key).FullPath, overwrite: true);
        File.Move(aacMade, Aac(key).FullPath, overwrite: true);

        _files.WriteAtomically(key + ".json", JsonSerializer.SerializeToUtf8Bytes(new CachedClip(seconds)));
        return new ClipAsset(source, key, seconds, Opus(key), Aac(key));
    }

    /// <summary>Removes every cached file whose key is not in <paramref name="keep"/>.</summary>
    public int Prune(IReadOnlySet<string> keep)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name.Length >= 20 && !keep.Contains(name[..20]))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    private ClipVariant Variant(string fileName, string mediaType)
    {
        var path = _files.PathFor(fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new ClipVariant(fileName, path, mediaType);
    }

    private sealed record CachedClip(double Seconds);
}
