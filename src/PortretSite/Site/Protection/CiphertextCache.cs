using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PortretSite.Site.Protection;

/// <summary>
/// Remembers the ciphertext of every item by (id, key, plaintext), so content that did not
/// change keeps exactly the same bytes in every build — static hosts upload nothing new —
/// although every real encryption uses a fresh nonce. Safe to delete at any time.
/// </summary>
public sealed class CiphertextCache
{
    private const string VouchIndexFile = "vouches.json";

    private readonly string _folder;
    private readonly HashSet<string> _used = [];
    private readonly Lock _gate = new();

    /// <summary>The vouch of each sealed item by its entry's name, so an unchanged item is not read back to hash it.</summary>
    private readonly Lazy<ConcurrentDictionary<string, string>> _vouches;
    private volatile bool _vouchesChanged;

    /// <summary>The entries there were when first asked, listed once instead of asked for one by one (a large site has tens of thousands).</summary>
    private readonly Lazy<ConcurrentDictionary<string, bool>> _present;

    public CiphertextCache(string folder)
    {
        _folder = folder;
        _vouches = new(LoadVouches);
        _present = new(() => new ConcurrentDictionary<string, bool>(
            Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(file => KeyValuePair.Create(Path.GetFileName(file), true)) : [],
            StringComparer.Ordinal));
    }

    /// <summary>
    /// The file that carries the item to the browser (<paramref name="wrap"/> turns the sealed
    /// bytes into its content), from the cache or newly sealed, with its <see cref="VouchOf">vouch</see>.
    /// The writer links it into the output, so an unchanged item costs neither a copy nor a comparison.
    /// </summary>
    public SealedScript Seal(byte[] key, string itemId, byte[] plaintext, Func<byte[], byte[]> wrap, int minimumSize = 4096)
    {
        var name = Name(key, itemId, "content|" + Convert.ToHexStringLower(SHA256.HashData(plaintext)), minimumSize);
        if (_vouches.Value.TryGetValue(name, out var known) && Used(name) is var cached && Present(name))
        {
            return new SealedScript(cached, known);
        }

        string? vouch = null;
        var path = Seal(name, key, itemId, () => plaintext, wrap, minimumSize, sealedItem => vouch = VouchOf(sealedItem), replace: true);
        _vouches.Value[name] = vouch!;
        _vouchesChanged = true;
        return new SealedScript(path, vouch!);
    }

    /// <summary>What a list vouches for an item by: the first 128 bits of the SHA-256 of its sealed bytes, as the browser computes them from the script.</summary>
    public static string VouchOf(byte[] sealedItem) => Convert.ToBase64String(SHA256.HashData(sealedItem).AsSpan(0, 16));

    /// <summary>
    /// As <see cref="Seal(byte[], string, byte[], Func{byte[], byte[]}, int)"/> for a file that is
    /// never changed in place, known by <paramref name="identity"/> (a name that says what it holds,
    /// or its path, size and time): the file is read only when its ciphertext is not in the cache.
    /// </summary>
    public string SealFile(byte[] key, string itemId, string file, string identity, Func<byte[], byte[]> wrap, int stepsPerDoubling = Envelope.StepsPerDoubling) =>
        Seal(Name(key, itemId, $"file|{stepsPerDoubling}|{identity}", 4096), key, itemId, () => File.ReadAllBytes(file), wrap, 4096, stepsPerDoubling: stepsPerDoubling);

    /// <param name="sealedNow">Told the sealed bytes when they are made now, not taken from the cache.</param>
    /// <param name="replace">Seal anew even when the entry is there (its vouch was not remembered).</param>
    private string Seal(string name, byte[] key, string itemId, Func<byte[]> plaintext, Func<byte[], byte[]> wrap, int minimumSize, Action<byte[]>? sealedNow = null, bool replace = false, int stepsPerDoubling = Envelope.StepsPerDoubling)
    {
        var path = Used(name);
        if (!replace && Present(name))
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        var sealedItem = Envelope.Seal(key, itemId, plaintext(), minimumSize, stepsPerDoubling);
        sealedNow?.Invoke(sealedItem);
        File.WriteAllBytes(temporary, wrap(sealedItem));
        File.Move(temporary, path, overwrite: true);
        _present.Value[name] = true;
        return path;
    }

    private bool Present(string name) => _present.Value.ContainsKey(name) || File.Exists(Path.Combine(_folder, name[..2], name));

    /// <summary>The path of the entry <paramref name="name"/>, kept by the next <see cref="Prune"/>.</summary>
    private string Used(string name)
    {
        lock (_gate)
        {
            _used.Add(name);
        }

        return Path.Combine(_folder, name[..2], name);
    }

    /// <summary>A text made once and kept under <paramref name="name"/> (for things that are random each time they are made).</summary>
    public string Remember(string name, Func<string> make)
    {
        var path = Used(name);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        var text = make();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
        return text;
    }

    /// <summary>Removes cached ciphertext this build did not use, and writes the vouches when they changed.</summary>
    public void Prune()
    {
        if (!Directory.Exists(_folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            if (!_used.Contains(Path.GetFileName(file)) && Path.GetFileName(file) != VouchIndexFile)
            {
                File.Delete(file);
            }
        }

        foreach (var forgotten in _vouches.Value.Keys.Where(name => !_used.Contains(name)).ToList())
        {
            _vouches.Value.TryRemove(forgotten, out _);
            _vouchesChanged = true;
        }

        if (_vouchesChanged)
        {
            var target = Path.Combine(_folder, VouchIndexFile);
            File.WriteAllBytes(target + ".tmp", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>(_vouches.Value, StringComparer.Ordinal)));
            File.Move(target + ".tmp", target, overwrite: true);
        }
    }

    private ConcurrentDictionary<string, string> LoadVouches()
    {
        try
        {
            var path = Path.Combine(_folder, VouchIndexFile);
            var index = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(path)) : null;
            return new ConcurrentDictionary<string, string>(index ?? [], StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        }
    }

    private static string Name(byte[] key, string itemId, string plaintext, int minimumSize)
    {
        // One hash over the key and what it seals: a large site names tens of thousands of items per build.
        var text = Encoding.UTF8.GetBytes($"|{itemId}|{minimumSize}|{Envelope.Version}|script|{plaintext}");
        var input = new byte[key.Length + text.Length];
        key.CopyTo(input, 0);
        text.CopyTo(input, key.Length);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }
}

/// <summary>A sealed item's script in the cache, and the vouch its lists carry for it.</summary>
public sealed record SealedScript(string Path, string Vouch);
