using System.Collections.Concurrent;
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

        // Each portrait's hashes apart: a portrait read again reads its own, not those of a thousand others.
        var hashes = new ConcurrentDictionary<string, FileHashes>(StringComparer.Ordinal);
        var loader = new PortraitLoader(settings, hashesOf: folder => hashes.GetOrAdd(Path.GetFileName(folder.FullPath), slug => new FileHashes(layout.FingerprintHashesFile(slug))));
        // Reading content never creates local state: the hashes and records are kept once a build has made the cache.
        var records = Directory.Exists(layout.Cache) ? new PortraitRecords(layout.PortraitRecords, SourceStamp.OfSite(root).Hash()) : null;
        var portraits = new Portrait?[folders.Count];
        var found = new IReadOnlyList<Diagnostic>[folders.Count];
        Parallel.For(0, folders.Count, i =>
        {
            var relative = $"{SiteLayout.PortraitsFolderName}/{Path.GetFileName(folders[i])}";
            var own = new DiagnosticBag();
            portraits[i] = records is null ? loader.Load(folders[i], relative, own) : LoadRecorded(records, loader, folders[i], relative, own);
            // A withdrawn portrait is read for its status only: nothing about it is reported (or kept in the last build's record).
            found[i] = portraits[i]?.Status == PortraitStatus.Withdrawn ? [] : own.ToList();
        });
        foreach (var list in found)
        {
            diagnostics.AddRange(list);
        }

        if (records is not null)
        {
            foreach (var changed in hashes.Values)
            {
                changed.Save();
            }

            records.KeepOnly(portraits.OfType<Portrait>().Where(p => p.Status != PortraitStatus.Withdrawn).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal));
        }

        return new SiteContent(root, settings, [.. portraits.OfType<Portrait>()], diagnostics.ToList()) { Pages = pages };
    }

    /// <summary>A portrait from its record when its folder is as it was then, else read and recorded (without errors, not withdrawn).</summary>
    private static Portrait? LoadRecorded(PortraitRecords records, PortraitLoader loader, string folder, string relative, DiagnosticBag diagnostics)
    {
        var slug = Path.GetFileName(folder);
        // One listing of the folder serves its stamp, its story's links and, when it changed, its reading.
        var listed = new PortraitFolder(folder, relative);
        var stamp = records.StampOf(listed);
        if (stamp is not null && records.Find(listed, stamp) is { } record)
        {
            diagnostics.AddRange(record.Diagnostics);
            return record.Portrait with { ReadFrom = stamp };
        }

        var portrait = loader.Load(listed, diagnostics) is { } read ? read with { ReadFrom = stamp } : null;
        if (stamp is not null && portrait is not null && portrait.Status != PortraitStatus.Withdrawn && !diagnostics.HasErrors)
        {
            records.Keep(slug, stamp, portrait, diagnostics.ToList());
        }

        return portrait;
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
