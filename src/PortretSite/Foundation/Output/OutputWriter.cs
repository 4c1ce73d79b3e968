namespace PortretSite.Foundation.Output;

/// <summary>
/// Writes the files of a build into the staging folder. A file whose bytes equal the file at the
/// same path in the current output is hard-linked instead of written, so after the swap it keeps
/// its timestamp: a build rewrites only what changed, and static hosts upload only that.
/// </summary>
public sealed class OutputWriter(string staging, string? previous)
{
    public string Folder => staging;

    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Path.Combine(staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (previous is not null && TryKeep(Path.Combine(previous, relativePath), target, content))
        {
            return;
        }

        using (var file = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(content);
        }
    }

    public void Copy(string relativePath, string source) => Write(relativePath, File.ReadAllBytes(source));

    /// <summary>
    /// Puts a file that is never changed in place (a cache entry) into the output as a hard link:
    /// no copy, no comparison, and an unchanged entry keeps its timestamp in the output.
    /// </summary>
    public void Link(string relativePath, string source)
    {
        var target = Path.Combine(staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        HardLinks.LinkOrCopy(source, target);
    }

    /// <summary>A writer for a folder inside this one (<c>site/</c>, <c>print/</c>).</summary>
    public OutputWriter Sub(string folder) => new(Path.Combine(staging, folder), previous is null ? null : Path.Combine(previous, folder));

    private static bool TryKeep(string old, string target, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(old);
        if (!info.Exists || info.Length != content.Length || !content.SequenceEqual(File.ReadAllBytes(old)))
        {
            return false;
        }

        return HardLinks.TryLink(old, target);
    }
}
