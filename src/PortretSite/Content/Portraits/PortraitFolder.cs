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

    private readonly string _realFolder;

    public PortraitFolder(string fullPath, string relativePath)
    {
        FullPath = Path.GetFullPath(fullPath);
        RelativePath = relativePath;
        _realFolder = RealPath(FullPath);
    }

    public string FullPath { get; }

    /// <summary>Relative to the site root, forward slashes: see <see cref="SiteLayout.PortraitFolder"/>.</summary>
    public string RelativePath { get; }

    public string Display(string relativeToFolder) => $"{RelativePath}/{relativeToFolder}";

    public static bool IsPhotoFile(string path) => PhotoExtensions.Contains(Path.GetExtension(path));

    /// <summary>Every photo file in the folder (recursively), relative to it, ordered by name.</summary>
    public IReadOnlyList<string> PhotoFiles() =>
        [.. Directory.EnumerateFiles(FullPath, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(IsPhotoFile)
            .Where(path => IsInside(RealPath(path)))
            .Select(path => Path.GetRelativePath(FullPath, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

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

        if (!File.Exists(full))
        {
            var relative = Path.GetRelativePath(FullPath, full).Replace('\\', '/');
            diagnostics.Error(displayFile, line, ContentMessages.FileNotFound(written, DidYouMean.Suggest(relative, PhotoFiles())));
            return null;
        }

        if (!IsInside(RealPath(full)))
        {
            diagnostics.Error(displayFile, line, ContentMessages.OutsideFolder(written));
            return null;
        }

        return new PhotoRef(written, Path.GetRelativePath(FullPath, full).Replace('\\', '/'), full);
    }

    private bool IsInside(string realPath) => IsInside(realPath, _realFolder);

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it resolved.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
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
