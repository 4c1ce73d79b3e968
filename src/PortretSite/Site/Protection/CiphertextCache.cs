using System.Security.Cryptography;
using System.Text;

namespace PortretSite.Site.Protection;

/// <summary>
/// Remembers the ciphertext of every item by (id, key, plaintext), so content that did not
/// change keeps exactly the same bytes in every build — static hosts upload nothing new —
/// although every real encryption uses a fresh nonce. Safe to delete at any time.
/// </summary>
public sealed class CiphertextCache(string folder)
{
    private readonly HashSet<string> _used = [];
    private readonly Lock _gate = new();

    /// <summary>
    /// The file that carries the item to the browser (<paramref name="wrap"/> turns the sealed
    /// bytes into its content), from the cache or newly sealed. The writer links it into the
    /// output, so an unchanged item costs neither a copy nor a comparison.
    /// </summary>
    public string Seal(byte[] key, string itemId, byte[] plaintext, Func<byte[], byte[]> wrap, int minimumSize = 4096) =>
        Seal(Name(key, itemId, "content|" + Convert.ToHexStringLower(SHA256.HashData(plaintext)), minimumSize), key, itemId, () => plaintext, wrap, minimumSize);

    /// <summary>
    /// As <see cref="Seal(byte[], string, byte[], Func{byte[], byte[]}, int)"/> for a file that is
    /// never changed in place, known by <paramref name="identity"/> (a name that says what it holds,
    /// or its path, size and time): the file is read only when its ciphertext is not in the cache.
    /// </summary>
    public string SealFile(byte[] key, string itemId, string file, string identity, Func<byte[], byte[]> wrap, int stepsPerDoubling = Envelope.StepsPerDoubling) =>
        Seal(Name(key, itemId, $"file|{stepsPerDoubling}|{identity}", 4096), key, itemId, () => File.ReadAllBytes(file), wrap, 4096, stepsPerDoubling);

    private string Seal(string name, byte[] key, string itemId, Func<byte[]> plaintext, Func<byte[], byte[]> wrap, int minimumSize, int stepsPerDoubling = Envelope.StepsPerDoubling)
    {
        lock (_gate)
        {
            _used.Add(name);
        }

        var path = Path.Combine(folder, name[..2], name);
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temporary, wrap(Envelope.Seal(key, itemId, plaintext(), minimumSize, stepsPerDoubling)));
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>A text made once and kept under <paramref name="name"/> (for things that are random each time they are made).</summary>
    public string Remember(string name, Func<string> make)
    {
        lock (_gate)
        {
            _used.Add(name);
        }

        var path = Path.Combine(folder, name[..2], name);
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

    /// <summary>Removes cached ciphertext this build did not use.</summary>
    public void Prune()
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (!_used.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
            }
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
