namespace PortretSite.Foundation.Output;

/// <summary>
/// Brings an output folder to a build's <see cref="OutputPlan"/>, touching only what changed, so
/// that the cost of an update follows the change and not the size of the site:
/// <list type="number">
/// <item>every new or changed file is first written beside its place (<c>name.portret-new</c>);
/// if that fails (a full disk, a read-only folder) those files are removed again and the output
/// is exactly as it was;</item>
/// <item>then each is renamed into place, new names before replaced ones and in the order planned,
/// so that a file is there before any file that points at it: a reader sees a working site at
/// every moment, and a build killed here leaves each file either old or new;</item>
/// <item>last, files of the previous output that are no longer planned are removed.</item>
/// </list>
/// Unchanged files are known from the <see cref="OutputManifest"/> of the previous update, as long
/// as no file was added to or removed from the output since; otherwise every file is written again.
/// </summary>
public static class OutputUpdate
{
    public const string NewSuffix = SiteLayout.HalfWrittenSuffix;

    /// <summary>
    /// With <paramref name="whole"/> the plan is the whole output and anything else in the folder is
    /// removed; without, only the planned files are written and the rest stays (one reprinted booklet).
    /// </summary>
    public static void Apply(OutputPlan plan, string output, string manifestFile, bool whole)
    {
        output = Path.GetFullPath(output);
        var previous = OutputManifest.ReadTrusted(manifestFile, output);
        var files = plan.Files;
        var changed = files.Where(f => previous is null || !previous.Files.TryGetValue(f.Key, out var identity) || identity != f.Value.Identity).ToList();
        if (whole && previous is not null && changed.Count == 0 && previous.Files.Count == files.Count)
        {
            // The output is the plan already, file for file: nothing to write, and the manifest still says so.
            return;
        }

        var prepared = Prepare(changed, output);
        if (File.Exists(manifestFile))
        {
            File.Delete(manifestFile);
        }

        foreach (var (path, target) in prepared.OrderBy(p => File.Exists(p.Target)))
        {
            File.Move(target + NewSuffix, target, overwrite: true);
        }

        var identities = new Dictionary<string, string>(StringComparer.Ordinal);
        if (whole)
        {
            RemoveUnplanned(files, previous, output);
        }
        else if (previous is null)
        {
            return;
        }
        else
        {
            foreach (var (path, identity) in previous.Files)
            {
                identities[path] = identity;
            }
        }

        foreach (var (path, file) in files)
        {
            identities[path] = file.Identity;
        }

        new OutputManifest(output, OutputManifest.StampFolders(output), identities).Write(manifestFile);
    }

    /// <summary>Writes each changed file beside its place; on failure removes what it wrote, and the folders it made.</summary>
    private static List<(string Path, string Target)> Prepare(IReadOnlyList<KeyValuePair<string, PlannedFile>> changed, string output)
    {
        var prepared = new List<(string Path, string Target)>(changed.Count);
        var madeFolders = new List<string>();
        try
        {
            foreach (var (path, file) in changed)
            {
                var target = Path.Combine(output, path);
                MakeFolder(Path.GetDirectoryName(target)!, madeFolders);
                var temporary = target + NewSuffix;
                File.Delete(temporary);
                prepared.Add((path, target));
                if (file.Source == PlannedSource.Bytes)
                {
                    File.WriteAllBytes(temporary, file.Content!);
                }
                else
                {
                    HardLinks.LinkOrCopy(file.SourceFile!, temporary);
                }
            }

            return prepared;
        }
        catch
        {
            foreach (var (_, target) in prepared)
            {
                TryDelete(target + NewSuffix);
            }

            foreach (var folder in Enumerable.Reverse(madeFolders))
            {
                TryRemoveEmptyFolder(folder);
            }

            throw;
        }
    }

    private static void MakeFolder(string folder, List<string> made)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        MakeFolder(Path.GetDirectoryName(folder)!, made);
        Directory.CreateDirectory(folder);
        made.Add(folder);
    }

    /// <summary>Removes what the previous update wrote and this plan no longer has; without a manifest, everything not planned.</summary>
    private static void RemoveUnplanned(IReadOnlyList<KeyValuePair<string, PlannedFile>> files, OutputManifest? previous, string output)
    {
        var planned = files.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var gone = previous is not null
            ? previous.Files.Keys.Where(path => !planned.Contains(path)).Select(path => Path.Combine(output, path))
            : Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(file => !planned.Contains(Path.GetRelativePath(output, file).Replace('\\', '/'))).ToList();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in gone)
        {
            File.Delete(file);
            folders.Add(Path.GetDirectoryName(file)!);
        }

        if (previous is null)
        {
            folders.UnionWith(Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories));
        }

        foreach (var folder in folders.OrderByDescending(f => f.Length))
        {
            var current = folder;
            while (current.Length > output.Length && TryRemoveEmptyFolder(current))
            {
                current = Path.GetDirectoryName(current)!;
            }
        }
    }

    private static bool TryRemoveEmptyFolder(string folder)
    {
        if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return false;
        }

        Directory.Delete(folder);
        return true;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left beside its place; the next update that finds it writes it again.
        }
    }
}
