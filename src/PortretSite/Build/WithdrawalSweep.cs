using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Foundation;
using PortretSite.Publication;
using PortretSite.Site.Protection;

namespace PortretSite.Build;

/// <summary>
/// After a build that succeeded: everything the local state still holds of a portrait that is withdrawn or whose
/// folder is gone — its printed booklet, card and review copy with their workspaces, its key salt (so its old keys
/// can never be derived again), its review passphrase, and the editor's preview that showed it. The photo cache and
/// the ciphertext cache forget what the build did not use on their own; the output is updated from the plan.
/// A portrait is current while its folder is there and it is not withdrawn, whether the build included it or not.
/// </summary>
internal static class WithdrawalSweep
{
    /// <summary>The folders of the preview that are not portraits (<c>SiteRenderer</c>'s paths).</summary>
    private static readonly string[] PreviewFolders = ["assets", "media", "pages"];

    /// <returns>How many portraits it removed traces of.</returns>
    public static int Run(SiteLayout layout, SiteContent content)
    {
        var current = CurrentSlugs(layout, content);
        var swept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in Subfolders(layout.BookletCache))
        {
            foreach (var entry in Subfolders(kind).Where(e => !current.Contains(Path.GetFileName(e))))
            {
                Directory.Delete(entry, recursive: true);
                swept.Add(Path.GetFileName(entry));
            }
        }

        var salts = new PortraitSalts(layout.Root, creates: false);
        foreach (var slug in salts.Slugs().Where(s => !current.Contains(s)).ToList())
        {
            salts.Destroy(slug);
            swept.Add(slug);
        }

        swept.UnionWith(ReviewPasswords.Forget(layout, current));
        var previewShowsOthers = Subfolders(layout.Preview).Select(Path.GetFileName).Any(name => !current.Contains(name!) && !PreviewFolders.Contains(name));
        if (Directory.Exists(layout.Preview) && (swept.Count > 0 || previewShowsOthers))
        {
            // The preview is remade by the next `portret serve`; its record goes with it, so that one writes every file.
            Directory.Delete(layout.Preview, recursive: true);
            File.Delete(layout.OutputManifestFile(layout.Preview));
        }

        return swept.Count;
    }

    private static HashSet<string> CurrentSlugs(SiteLayout layout, SiteContent content)
    {
        var withdrawn = content.Portraits.Where(p => p.Status == PortraitStatus.Withdrawn).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        // Folders, not the portraits that loaded: one that failed to load this time is not withdrawn.
        return [.. Subfolders(layout.Portraits).Select(Path.GetFileName).OfType<string>().Where(slug => !withdrawn.Contains(slug))];
    }

    private static IEnumerable<string> Subfolders(string folder) => Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).ToList() : [];
}
