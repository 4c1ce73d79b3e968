using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PortretSite.Content.Portraits;

namespace PortretSite.Print.Booklet;

/// <summary>
/// What a booklet is made from, told by the size and time of its files, as the build's no-change
/// check does: the tool, the site's settings and theme, the <c>PORTRET_*</c> environment, and the
/// portrait's own folder (a portrait uses no file outside it). When these are as they were at the
/// last print, the booklet is taken from the cache without making its HTML again — and a build
/// knows before any page is rendered whether it will need the browser.
/// </summary>
public sealed class BookletSources
{
    private static readonly string[] SiteFiles = ["statiq.json"];
    private static readonly string[] SiteFolders = ["theme"];

    private readonly string _shared;
    private readonly ConcurrentDictionary<string, string> _stamps = new(StringComparer.Ordinal);

    public BookletSources(string root)
    {
        var text = new StringBuilder();
        text.Append(typeof(BookletSources).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var variable in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith("PORTRET_", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            text.Append(variable).Append('=').Append(Environment.GetEnvironmentVariable(variable)).Append('\n');
        }

        foreach (var file in SiteFiles.Select(f => new FileInfo(Path.Combine(root, f))).Where(f => f.Exists))
        {
            Stamp(text, root, file);
        }

        foreach (var folder in SiteFolders.Select(f => new DirectoryInfo(Path.Combine(root, f))).Where(d => d.Exists))
        {
            StampFolder(text, root, folder);
        }

        _shared = text.ToString();
    }

    /// <summary>The stamp of one portrait's booklet sources.</summary>
    public string Of(Portrait portrait) => OfFolder(portrait.FullFolder);

    /// <summary>The stamp of the booklet sources of the portrait in <paramref name="portraitFolder"/>, before its content is read; a build reads each folder once.</summary>
    public string OfFolder(string portraitFolder) => _stamps.GetOrAdd(Path.GetFullPath(portraitFolder), Stamp);

    private string Stamp(string portraitFolder)
    {
        var text = new StringBuilder(_shared);
        var folder = new DirectoryInfo(portraitFolder);
        if (folder.Exists)
        {
            StampFolder(text, folder.FullName, folder);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void StampFolder(StringBuilder text, string root, DirectoryInfo folder)
    {
        foreach (var file in folder.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            Stamp(text, root, file);
        }
    }

    private static void Stamp(StringBuilder text, string root, FileInfo file) =>
        text.Append(Path.GetRelativePath(root, file.FullName)).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
}
