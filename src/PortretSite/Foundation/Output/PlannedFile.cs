using System.Security.Cryptography;

namespace PortretSite.Foundation.Output;

/// <summary>How a planned file gets its content when it must be (re)written.</summary>
public enum PlannedSource
{
    /// <summary>Bytes made by the build, kept in memory until the output is updated.</summary>
    Bytes,

    /// <summary>A hard link to a file that is never changed in place (a cache entry), or a copy where links cannot be made.</summary>
    Link,
}

/// <summary>
/// One file the build puts into its output. <c>Identity</c> says what it holds: equal identities
/// mean equal content, so a file whose identity is as at the last update is not touched.
/// </summary>
public sealed record PlannedFile(PlannedSource Source, string Identity, byte[]? Content = null, string? SourceFile = null)
{
    public static PlannedFile FromBytes(byte[] content) =>
        new(PlannedSource.Bytes, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content)), Content: content);

    /// <summary>
    /// A cache entry whose name says what it holds (a hash of it), with <paramref name="version"/> when the same name may be
    /// sealed again into other bytes (a fresh nonce): its identity costs no look at the disk.
    /// </summary>
    public static PlannedFile LinkNamedByContent(string source, string? version = null) =>
        new(PlannedSource.Link, "named:" + Path.GetFileName(source) + (version is null ? "" : "#" + version), SourceFile: source);

    /// <summary>A cache entry that may be replaced by a new file of the same name: its size and time tell them apart.</summary>
    public static PlannedFile LinkStamped(string source) => new(PlannedSource.Link, "stamp:" + Stamp(source), SourceFile: source);

    private static string Stamp(string source)
    {
        var info = new FileInfo(source);
        return $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
    }
}
