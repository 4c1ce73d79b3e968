using System.Runtime.InteropServices;

namespace PortretSite.Build;

/// <summary>
/// Writes the files of a build into the staging folder. A file whose bytes equal the file at the
/// same path in the current output is hard-linked instead of written, so after the swap it keeps
/// its timestamp: a build rewrites only what changed, and static hosts upload only that.
/// </summary>
public sealed partial class OutputWriter(string staging, string? previous)
{
    private int _written;
    private int _kept;

    public string Folder => staging;

    public int Written => Volatile.Read(ref _written);

    public int Kept => Volatile.Read(ref _kept);

    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Path.Combine(staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (previous is not null && TryKeep(Path.Combine(previous, relativePath), target, content))
        {
            Interlocked.Increment(ref _kept);
            return;
        }

        using (var file = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(content);
        }

        Interlocked.Increment(ref _written);
    }

    public void Copy(string relativePath, string source) => Write(relativePath, File.ReadAllBytes(source));

    /// <summary>A writer for a folder inside this one (<c>site/</c>, <c>print/</c>).</summary>
    public OutputWriter Sub(string folder) => new(Path.Combine(staging, folder), previous is null ? null : Path.Combine(previous, folder));

    private static bool TryKeep(string old, string target, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(old);
        if (!info.Exists || info.Length != content.Length || !content.SequenceEqual(File.ReadAllBytes(old)))
        {
            return false;
        }

        return OperatingSystem.IsWindows() ? false : Link(old, target) == 0;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string created);
}
