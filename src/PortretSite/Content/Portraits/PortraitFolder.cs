using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Text;
using PortretSite.Content;

namespace PortretSite.Content.Portraits;

/// <summary>
/// A portrait's folder on disk and the only place its files may come from: references are
/// resolved inside it, and a path that leaves it (through '..', an absolute path or a
/// symbolic link) is refused.
/// </summary>
public sealed class PortraitFolder
{
    public static readonly IReadOnlySet<string> PhotoExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif", ".avif" };

    /// <summary>What recording apps and phones write: the formats ffmpeg reads into a clip.</summary>
    public static readonly IReadOnlySet<string> AudioExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".m4a", ".mp3", ".wav", ".ogg", ".opus", ".webm", ".aac", ".flac" };

    private readonly string _realFolder;
    private readonly ConcurrentDictionary<string, string> _realSubfolders = new(StringComparer.Ordinal);

    /// <summary>
    /// The files below the folder by path relative to it, each with whether it is a symbolic link: listed once,
    /// the kind coming with the listing, so a photo that is no link costs no question to the disk of its own.
    /// </summary>
    private readonly Lazy<Listing> _listing;

    public PortraitFolder(string fullPath, string relativePath)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        RelativePath = relativePath;
        _realFolder = RealPath(FullPath);
        _listing = new(ListFiles);
    }

    public string FullPath { get; }

    /// <summary>Relative to the site root, forward slashes: see <see cref="SiteLayout.PortraitFolder"/>.</summary>
    public string RelativePath { get; }

    public string Display(string relativeToFolder) => $"{RelativePath}/{relativeToFolder}";

    public static bool IsPhotoFile(string path) => PhotoExtensions.Contains(Path.GetExtension(path));

    /// <summary>Every photo file in the folder (recursively), relative to it, ordered by name.</summary>
    public IReadOnlyList<string> PhotoFiles() =>
        [.. Files
            .Where(file => !file.Value.Hidden && IsPhotoFile(file.Key) && IsInside(RealPathOf(file.Key, file.Value.Link)))
            .Select(file => file.Key.Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static bool IsAudioFile(string path) => AudioExtensions.Contains(Path.GetExtension(path));

    public PhotoRef? ResolveClip(string written, string displayFile, int? line, DiagnosticBag diagnostics)
    {
        var file = Resolve(written, displayFile, line, diagnostics);
        if (file is not null && !IsAudioFile(file.FullPath))
        {
            diagnostics.Error(displayFile, line, ContentMessages.NotARecording(written));
            return null;
        }

        return file;
    }

    public PhotoRef? ResolvePhoto(string written, string displayFile, int? line, DiagnosticBag diagnostics)
    {
        var file = Resolve(written, displayFile, line, diagnostics);
        if (file is not null && !IsPhotoFile(file.FullPath))
        {
            diagnostics.Error(displayFile, line, ContentMessages.NotAPhoto(written));
            return null;
        }

        return file;
    }

    public PhotoRef? Resolve(string written, string displayFile, int? line, DiagnosticBag diagnostics)
    {
        var trimmed = Uri.UnescapeDataString(written.Trim());
        if (trimmed.Length == 0)
        {
            diagnostics.Error(displayFile, line, ContentMessages.FileNotFound(written, null));
            return null;
        }

        if (trimmed.Contains("://", StringComparison.Ordinal) || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            diagnostics.Error(displayFile, line, ContentMessages.NotLocalFile(written));
            return null;
        }

        if (Path.IsPathRooted(trimmed) || trimmed.StartsWith('/') || trimmed.StartsWith('\\') || (trimmed.Length > 1 && trimmed[1] == ':'))
        {
            diagnostics.Error(displayFile, line, ContentMessages.OutsideFolder(written));
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(FullPath, trimmed));
        if (!IsInside(full, FullPath))
        {
            diagnostics.Error(displayFile, line, ContentMessages.OutsideFolder(written));
            return null;
        }

        var relative = Path.GetRelativePath(FullPath, full);
        var listed = Files.TryGetValue(relative, out var found);
        var isLink = found?.Link ?? false;
        // A link may dangle: only a listed plain file needs no look of its own.
        if (!(listed && !isLink) && !File.Exists(full))
        {
            diagnostics.Error(displayFile, line, ContentMessages.FileNotFound(written, DidYouMean.Suggest(relative.Replace('\\', '/'), PhotoFiles())));
            return null;
        }

        if (!IsInside(listed ? RealPathOf(relative, isLink) : RealPathInside(full)))
        {
            diagnostics.Error(displayFile, line, ContentMessages.OutsideFolder(written));
            return null;
        }

        return new PhotoRef(written, Path.GetRelativePath(FullPath, full).Replace('\\', '/'), full);
    }

    private bool IsInside(string realPath) => IsInside(realPath, _realFolder);

    /// <summary>The size and time of a file below the folder as the listing found them; null for a link or a file not listed.</summary>
    public (long Length, long Ticks)? SizeAndTime(string fullPath) =>
        Files.TryGetValue(Path.GetRelativePath(FullPath, fullPath), out var file) && !file.Link ? (file.Length, file.Ticks) : null;

    /// <summary>
    /// Every file below the folder, hidden ones too, by path, size and time, as one hash: what the folder holds, as far as
    /// sizes and times tell. None when a symbolic link is among them, as the file it leads to could change unseen.
    /// </summary>
    public string? Stamp()
    {
        var listing = _listing.Value;
        if (listing.HasLinkedFolder || listing.Files.Values.Any(f => f.Link))
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var (path, file) in listing.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(path).Append('|').Append(file.Length).Append('|').Append(file.Ticks).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private Dictionary<string, ListedFile> Files => _listing.Value.Files;

    /// <summary>Every entry's kind, size and time come from one look at it; a hidden file (or one in a hidden folder) is listed as such.</summary>
    private Listing ListFiles()
    {
        var hasLinkedFolder = false;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var files = new FileSystemEnumerable<(string Path, ListedFile File)>(
            FullPath,
            (ref FileSystemEntry entry) =>
            {
                // The entry's folder is the portrait's or one below it: its path relative to the portrait is what follows.
                var below = entry.Directory.Length > FullPath.Length ? entry.Directory[(FullPath.Length + 1)..] : [];
                var relative = below.IsEmpty ? entry.FileName.ToString() : Path.Join(below, entry.FileName);
                return (relative, new ListedFile((entry.Attributes & FileAttributes.ReparsePoint) != 0, entry.Length, entry.LastWriteTimeUtc.UtcTicks, IsHidden(relative)));
            },
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
            {
                hasLinkedFolder |= entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                return !entry.IsDirectory;
            },
        };
        var listed = files.ToDictionary(file => file.Path, file => file.File, StringComparer.Ordinal);
        return new Listing(listed, hasLinkedFolder);
    }

    private static bool IsHidden(string relative) =>
        relative.StartsWith('.') || relative.Contains(Path.DirectorySeparatorChar + ".", StringComparison.Ordinal);

    private sealed record ListedFile(bool Link, long Length, long Ticks, bool Hidden);

    private sealed record Listing(Dictionary<string, ListedFile> Files, bool HasLinkedFolder);

    /// <summary>The real path of a listed file: a file that is no link is where its (resolved) subfolder is.</summary>
    private string RealPathOf(string relative, bool isLink) => isLink
        ? RealPathInside(Path.Combine(FullPath, relative))
        : Path.Combine(RealSubfolder(Path.GetDirectoryName(relative) ?? ""), Path.GetFileName(relative));

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// A path below the folder with every symbolic link along it resolved. The real paths of the
    /// folder and its subfolders are remembered, so a file costs one link read (a large site has
    /// tens of thousands of photo paths).
    /// </summary>
    private string RealPathInside(string path)
    {
        var relative = Path.GetRelativePath(FullPath, Path.GetFullPath(path));
        return ResolveParts(RealSubfolder(Path.GetDirectoryName(relative) ?? ""), Path.GetFileName(relative));
    }

    private string RealSubfolder(string relative) => relative.Length == 0
        ? _realFolder
        : _realSubfolders.GetOrAdd(relative, r => ResolveParts(RealSubfolder(Path.GetDirectoryName(r) ?? ""), Path.GetFileName(r)));

    /// <summary>The path with every symbolic link along it resolved.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        return ResolveParts(root, full[root.Length..]);
    }

    private static string ResolveParts(string start, string relative)
    {
        var current = start;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                try
                {
                    var target = info.ResolveLinkTarget(returnFinalTarget: true);
                    current = target is null ? current : target.FullName;
                }
                catch (IOException)
                {
                    // A link cycle or a dangling link: keep the unresolved path, which then fails the inside check or File.Exists.
                    return current;
                }
            }
        }

        return current;
    }
}
