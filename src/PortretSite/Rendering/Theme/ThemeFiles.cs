using PortretSite.Foundation;
using System.Reflection;

namespace PortretSite.Rendering.Theme;

/// <summary>
/// The theme a site renders with: its own <c>theme/</c> folder, file by file over the theme
/// built into PortretSite. Paths are relative to the theme folder, with forward slashes.
/// </summary>
public sealed class ThemeFiles
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly Assembly = typeof(ThemeFiles).Assembly;
    private static readonly IReadOnlySet<string> BuiltInFiles = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .ToHashSet(StringComparer.Ordinal);

    private readonly string? _siteTheme;

    public ThemeFiles(string siteRoot)
    {
        var folder = new SiteLayout(siteRoot).Theme;
        _siteTheme = Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Every theme file under <paramref name="folder"/> (e.g. <c>assets/</c>), from both layers.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        var files = new SortedSet<string>(BuiltInFiles.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)), StringComparer.Ordinal);
        var disk = _siteTheme is null ? null : Path.Combine(_siteTheme, folder);
        if (disk is not null && Directory.Exists(disk))
        {
            foreach (var file in Directory.EnumerateFiles(disk, "*", SearchOption.AllDirectories))
            {
                files.Add(Path.GetRelativePath(_siteTheme!, file).Replace('\\', '/'));
            }
        }

        return [.. files];
    }

    public bool Exists(string path) => SiteFile(path) is not null || BuiltInFiles.Contains(path);

    /// <summary>How to name the file in messages: the site's own file, or the built-in one.</summary>
    public string Display(string path) => SiteFile(path) is not null ? $"theme/{path}" : $"theme/{path} (built-in)";

    public Stream Open(string path)
    {
        if (SiteFile(path) is { } file)
        {
            return File.OpenRead(file);
        }

        return Assembly.GetManifestResourceStream(ResourcePrefix + path)
            ?? throw new FileNotFoundException($"theme file '{path}' is neither in the site's theme/ nor built in", path);
    }

    public string ReadText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return Content.Text.TextFileReader.NormalizeLineEndings(reader.ReadToEnd());
    }

    public byte[] ReadBytes(string path)
    {
        using var stream = Open(path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private string? SiteFile(string path)
    {
        if (_siteTheme is null)
        {
            return null;
        }

        var full = Path.Combine(_siteTheme, path);
        return File.Exists(full) ? full : null;
    }
}
