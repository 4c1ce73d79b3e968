namespace PortretSite.Foundation.State;

/// <summary>
/// Where a cache keeps a file (a subfolder per first two characters of its name) and how it writes
/// one: to a temporary file first, then renamed, so a file that is there is whole. Needs no index,
/// so an image worker writes into the photo cache with it directly.
/// </summary>
public sealed class CacheFiles(string folder)
{
    public string PathFor(string fileName) => Path.Combine(folder, fileName[..2], fileName);

    public string WriteAtomically(string fileName, byte[] content)
    {
        var target = PathFor(fileName);
        WholeFile.Write(target, content);
        return target;
    }

    /// <summary>The names of the files there were in the cache when first asked: one listing instead of a look per file (a large site has tens of thousands).</summary>
    public ISet<string> Listed() =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(file => Path.GetFileName(file)).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
}
