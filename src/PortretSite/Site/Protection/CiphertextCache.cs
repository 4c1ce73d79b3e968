using PortretSite.Foundation;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PortretSite.Foundation.State;

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
    private readonly CacheFiles _files;
    private readonly ConcurrentDictionary<string, bool> _used = SharedTables.Create<bool>();

    /// <summary>The vouch of each sealed item by its entry's name, so an unchanged item is not read back to hash it.</summary>
    private readonly Lazy<ConcurrentDictionary<string, string>> _vouches;
    private volatile bool _vouchesChanged;

    /// <summary>The entries listed when first asked, and those written since.</summary>
    private readonly Lazy<ConcurrentDictionary<string, bool>> _present;

    public CiphertextCache(string folder)
    {
        _folder = folder;
        _files = new CacheFiles(folder);
        _vouches = new(() => JsonIndex.Load(VouchIndexPath, StateJson.Default.DictionaryStringString));
        _present = new(() => SharedTables.Of(_files.Listed().Select(name => KeyValuePair.Create(name, true))));
    }

    private string VouchIndexPath => Path.Combine(_folder, VouchIndexFile);

    /// <summary>Lists the cache and reads its vouches in the background, while the build does other work; a failure shows where they are first used.</summary>
    public void Prepare()
    {
        _ = Task.Run(() => _present.Value);
        _ = Task.Run(() => _vouches.Value);
    }

    /// <summary>
    /// The file that carries the item to the browser (<paramref name="wrap"/> turns the sealed
    /// bytes into its content), from the cache or newly sealed, with its <see cref="VouchOf">vouch</see>.
    /// The writer links it into the output, so an unchanged item costs neither a copy nor a comparison.
    /// An entry whose vouch was not remembered is sealed anew.
    /// </summary>
    public SealedScript Seal(byte[] key, string itemId, byte[] plaintext, Func<byte[], byte[]> wrap, int minimumSize = 4096)
    {
        var name = Name(key, itemId, "content|" + Convert.ToHexStringLower(SHA256.HashData(plaintext)), minimumSize);
        var path = Used(name);
        if (_vouches.Value.TryGetValue(name, out var known) && Present(name))
        {
            return new SealedScript(name, path, known);
        }

        var sealedItem = Envelope.Seal(key, itemId, plaintext, minimumSize);
        Store(name, wrap(sealedItem));
        var vouch = VouchOf(sealedItem);
        _vouches.Value[name] = vouch;
        _vouchesChanged = true;
        return new SealedScript(name, path, vouch);
    }

    /// <summary>
    /// An entry sealed in an earlier build, kept by this one, when it is still there with the vouch it was sealed with;
    /// none when it is gone or was sealed anew since (see <see cref="SealedReadings"/>).
    /// </summary>
    public SealedScript? Reuse(string name, string vouch)
    {
        if (!_vouches.Value.TryGetValue(name, out var known) || known != vouch || !Present(name))
        {
            return null;
        }

        return new SealedScript(name, Used(name), vouch);
    }

    /// <summary>What a list vouches for an item by: the first 128 bits of the SHA-256 of its sealed bytes, as the browser computes them from the script.</summary>
    public static string VouchOf(byte[] sealedItem) => Convert.ToBase64String(SHA256.HashData(sealedItem).AsSpan(0, 16));

    /// <summary>
    /// As <see cref="Seal(byte[], string, byte[], Func{byte[], byte[]}, int)"/> for a file that is
    /// never changed in place, known by <paramref name="identity"/> (a name that says what it holds,
    /// or its path, size and time): the file is read only when its ciphertext is not in the cache.
    /// </summary>
    public string SealFile(byte[] key, string itemId, string file, string identity, Func<byte[], byte[]> wrap, int stepsPerDoubling = Envelope.StepsPerDoubling)
    {
        var name = Name(key, itemId, $"file|{stepsPerDoubling}|{identity}", 4096);
        var path = Used(name);
        if (!Present(name))
        {
            Store(name, wrap(Envelope.Seal(key, itemId, File.ReadAllBytes(file), 4096, stepsPerDoubling)));
        }

        return path;
    }

    /// <summary>The path of a file's entry sealed in an earlier build (<see cref="SealFile"/>), kept by this one, when it is still there.</summary>
    public string? ReuseFile(string name) => Present(name) ? Used(name) : null;

    /// <summary>A text made once and kept under <paramref name="name"/> (for things that are random each time they are made).</summary>
    public string Remember(string name, Func<string> make)
    {
        var path = Used(name);
        if (Present(name))
        {
            return File.ReadAllText(path);
        }

        var text = make();
        Store(name, Encoding.UTF8.GetBytes(text));
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
            if (!_used.ContainsKey(Path.GetFileName(file)) && Path.GetFileName(file) != VouchIndexFile)
            {
                File.Delete(file);
            }
        }

        foreach (var forgotten in _vouches.Value.Keys.Where(name => !_used.ContainsKey(name)).ToList())
        {
            _vouches.Value.TryRemove(forgotten, out _);
            _vouchesChanged = true;
        }

        if (_vouchesChanged)
        {
            JsonIndex.Save(VouchIndexPath, new Dictionary<string, string>(_vouches.Value, StringComparer.Ordinal), StateJson.Default.DictionaryStringString);
        }
    }

    private void Store(string name, byte[] content)
    {
        _files.WriteAtomically(name, content);
        _present.Value[name] = true;
    }

    private bool Present(string name) => _present.Value.ContainsKey(name) || File.Exists(_files.PathFor(name));

    /// <summary>The path of the entry <paramref name="name"/>, kept by the next <see cref="Prune"/>.</summary>
    private string Used(string name)
    {
        _used[name] = true;
        return _files.PathFor(name);
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

/// <summary>A sealed item's script in the cache (its entry's name and path), and the vouch its lists carry for it.</summary>
public sealed record SealedScript(string Name, string Path, string Vouch);
