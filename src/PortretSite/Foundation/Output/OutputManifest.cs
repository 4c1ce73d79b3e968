using System.Security.Cryptography;
using System.Text;

namespace PortretSite.Foundation.Output;

/// <summary>
/// What the last update left in an output folder: the identity of every file it wrote, and a
/// stamp of the output's folders (each folder's modification time, which changes whenever a file
/// in it is added, removed or renamed). While the stamp holds, the files are as the manifest says
/// and an update need not look at them; when it does not, the next update checks every file.
/// </summary>
public sealed record OutputManifest(string Output, string FolderStamp, IReadOnlyDictionary<string, string> Files)
{
    private const string Header = "portret-output-manifest 1";

    /// <summary>A stamp of every folder of <paramref name="output"/>, from one listing per folder and no look at any file.</summary>
    public static string StampFolders(string output)
    {
        if (!Directory.Exists(output))
        {
            return "";
        }

        var text = new StringBuilder();
        var root = new DirectoryInfo(output);
        foreach (var folder in root.EnumerateDirectories("*", SearchOption.AllDirectories).Prepend(root).OrderBy(d => d.FullName, StringComparer.Ordinal))
        {
            text.Append(Path.GetRelativePath(output, folder.FullName)).Append('|').Append(folder.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The manifest of <paramref name="output"/>, if one is kept and nothing was added to or removed from the output since.</summary>
    public static OutputManifest? ReadTrusted(string manifestFile, string output)
    {
        var manifest = Read(manifestFile);
        return manifest is not null && manifest.Output == Path.GetFullPath(output) && manifest.FolderStamp == StampFolders(output) ? manifest : null;
    }

    public void Write(string manifestFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(manifestFile)!);
        var text = new StringBuilder().Append(Header).Append('\n').Append(Output).Append('\n').Append(FolderStamp).Append('\n');
        foreach (var (path, identity) in Files)
        {
            text.Append(path).Append('\t').Append(identity).Append('\n');
        }

        File.WriteAllText(manifestFile + ".tmp", text.ToString());
        File.Move(manifestFile + ".tmp", manifestFile, overwrite: true);
    }

    private static OutputManifest? Read(string manifestFile)
    {
        if (!File.Exists(manifestFile))
        {
            return null;
        }

        using var reader = new StreamReader(manifestFile);
        if (reader.ReadLine() != Header || reader.ReadLine() is not { } output || reader.ReadLine() is not { } stamp)
        {
            return null;
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                return null;
            }

            files[line[..tab]] = line[(tab + 1)..];
        }

        return new OutputManifest(output, stamp, files);
    }
}
