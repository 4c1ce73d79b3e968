using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Pages;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Foundation.State;

namespace PortretSite.Content;

/// <summary>The Content stage: reads the settings and every portrait folder (<see cref="SiteLayout"/>).</summary>
public static class ContentLoader
{
    public static SiteContent Load(string root)
    {
        root = Path.GetFullPath(root);
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(root, diagnostics);
        if (settings is null)
        {
            return new SiteContent(root, new SiteSettings(), [], diagnostics.ToList());
        }

        var pages = new PageLoader(settings).LoadAll(root, diagnostics);
        var layout = new SiteLayout(root);
        var portraitsRoot = layout.Portraits;
        if (!Directory.Exists(portraitsRoot))
        {
            return new SiteContent(root, settings, [], diagnostics.ToList()) { Pages = pages };
        }

        var folders = Directory.EnumerateDirectories(portraitsRoot)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        ReportCaseDuplicates(folders, diagnostics);

        var hashes = new FileHashes(layout.FingerprintHashesFile);
        var loader = new PortraitLoader(settings, fileHashes: hashes);
        var portraits = new Portrait?[folders.Count];
        var found = new IReadOnlyList<Diagnostic>[folders.Count];
        Parallel.For(0, folders.Count, i =>
        {
            var relative = $"{SiteLayout.PortraitsFolderName}/{Path.GetFileName(folders[i])}";
            var own = new DiagnosticBag();
            portraits[i] = loader.Load(folders[i], relative, own);
            // A withdrawn portrait is read for its status only: nothing about it is reported (or kept in the last build's record).
            found[i] = portraits[i]?.Status == PortraitStatus.Withdrawn ? [] : own.ToList();
        });
        foreach (var list in found)
        {
            diagnostics.AddRange(list);
        }

        // Reading content never creates local state: the hashes are kept once a build has made the cache.
        if (Directory.Exists(layout.Cache))
        {
            hashes.Save();
        }

        return new SiteContent(root, settings, [.. portraits.OfType<Portrait>()], diagnostics.ToList()) { Pages = pages };
    }

    private static void ReportCaseDuplicates(List<string> folders, DiagnosticBag diagnostics)
    {
        foreach (var group in folders.Select(Path.GetFileName).GroupBy(name => name!.ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            var names = group.ToList();
            foreach (var name in names.Skip(1))
            {
                diagnostics.Error($"{SiteLayout.PortraitsFolderName}/{name}", null, ContentMessages.DuplicateSlug(names[0]!));
            }
        }
    }
}
