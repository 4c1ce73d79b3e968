using System.Security.Cryptography;
using System.IO.Enumeration;
using System.Text;

namespace PortretSite.Foundation.State;

/// <summary>
/// A text that tells sources apart by what a change touches: the tool, the <c>PORTRET_*</c>
/// environment, and each file's path, size and modification time. Reading it costs a directory
/// listing, never a file's content; its hash goes into the no-change check and the booklet cache.
/// </summary>
public sealed class SourceStamp
{
    private readonly StringBuilder _text;

    private SourceStamp(StringBuilder text) => _text = text;

    public static SourceStamp Begin() => new(new StringBuilder());

    /// <summary>What every page and booklet of a site is made from besides its own portrait: the tool, the environment, the settings and the theme.</summary>
    public static SourceStamp OfSite(string root)
    {
        var layout = new SiteLayout(root);
        return Begin().Tool().Environment().File(root, new FileInfo(layout.SettingsFile)).Folder(root, layout.Theme);
    }

    /// <summary>Another stamp that goes on from this one, which stays as it is.</summary>
    public SourceStamp Copy() => new(new StringBuilder(_text.ToString()));

    public SourceStamp Tool()
    {
        _text.Append(typeof(SourceStamp).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        return this;
    }

    public SourceStamp Environment()
    {
        foreach (var variable in System.Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith("PORTRET_", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            _text.Append(variable).Append('=').Append(System.Environment.GetEnvironmentVariable(variable)).Append('\n');
        }

        return this;
    }

    public SourceStamp Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>A file, named relative to <paramref name="root"/>; a missing file adds nothing.</summary>
    public SourceStamp File(string root, FileInfo file)
    {
        if (file.Exists)
        {
            _text.Append(Path.GetRelativePath(root, file.FullName)).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return this;
    }

    /// <summary>Every file below <paramref name="folder"/>, in a fixed order; a missing folder adds nothing.</summary>
    public SourceStamp Folder(string root, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return this;
        }

        // Each entry's size and time come from the listing's own look at the file; no FileInfo per file. Each subfolder
        // the listing would go into is listed on its own, on every core: a site's input holds a folder per portrait.
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var subfolders = new List<string>();
        var top = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => Line(root, ref entry), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                subfolders.Add(entry.ToFullPath());
                return false;
            },
        };
        var lines = top.ToList();
        lines.AddRange(subfolders.AsParallel().SelectMany(subfolder => new FileSystemEnumerable<string>(subfolder, (ref FileSystemEntry entry) => Line(root, ref entry), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        }));
        foreach (var line in lines.Order(StringComparer.Ordinal))
        {
            _text.Append(line).Append('\n');
        }

        return this;
    }

    private static string Line(string root, ref FileSystemEntry entry) =>
        $"{Path.GetRelativePath(root, entry.ToFullPath())}|{entry.Length}|{entry.LastWriteTimeUtc.UtcTicks}";

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString())));
}
