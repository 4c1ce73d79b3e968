using System.Collections.Concurrent;
using System.Diagnostics;
using PortretSite.Content;
using PortretSite.Content.Diagnostics;
using PortretSite.Content.Settings;
using PortretSite.Images;
using PortretSite.Images.Vips;
using PortretSite.Rendering.Theme;
using PortretSite.Site;
using PortretSite.Site.Protection;

namespace PortretSite.Build;

/// <summary>The whole build, stage after stage: Content → Images → Rendering → Site.</summary>
public sealed class BuildPipeline(IPhotoStage photoStage, IBuildProgress progress)
{
    /// <summary>The build with its real stages, wired for one site.</summary>
    public static BuildPipeline ForSite(string root, IBuildProgress? progress = null) =>
        new(new PhotoStage(new VipsImageProcessor(), new PhotoCache(Path.Combine(root, CacheFolder, "images"))), progress ?? SilentProgress.Instance);

    public const string CacheFolder = ".portret/cache";

    /// <summary>Runs the build while holding the site's build lock, so two builds never share a cache or an output.</summary>
    public async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        var language = UiLanguages.FromCode(SettingsLoader.Load(options.Root, new DiagnosticBag())?.Language);
        using var buildLock = await BuildLock.AcquireAsync(options.Root, language, progress.Note, cancellationToken);
        return await RunLockedAsync(options, cancellationToken);
    }

    private async Task<BuildResult> RunLockedAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        var content = ContentLoader.Load(options.Root);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(content.Diagnostics);
        var language = UiLanguages.FromCode(content.Settings.Language);
        Lap("content");

        var portraits = options.Preview ? content.Portraits : content.Published;
        var skipped = options.Preview ? [] : content.Portraits.Where(p => !p.IsPublished).Select(p => new SkippedPortrait(p.Slug, p.Status.ToString().ToLowerInvariant())).ToList();
        var jobs = portraits
            .SelectMany(p => p.Photos.Select(photo => new PhotoJob(photo.File.FullPath, $"{p.RelativeFolder}/{photo.File.RelativePath}")))
            .DistinctBy(j => j.FullPath)
            .ToList();
        PhotoCatalog catalog;
        using (var step = progress.Begin(language == UiLanguage.Dutch ? "foto's" : "photos", jobs.Count))
        {
            catalog = await photoStage.ProcessAsync(jobs, content.Settings.Images, content.Settings.Limits, diagnostics, step, cancellationToken);
        }

        Lap("images");

        var theme = new ThemeFiles(content.Root);
        var templates = ThemeTemplates.Compile(theme, diagnostics);
        var labels = new ConcurrentDictionary<string, Labels>();
        Labels LabelsFor(string lang) => labels.GetOrAdd(lang, l => Labels.Load(theme, l, diagnostics));
        var renderer = new SiteRenderer(templates, LabelsFor, catalog, options.Preview);
        var site = renderer.Render(content, portraits, diagnostics);
        Lap("rendering");

        var protect = options.Protect && !options.Preview;
        var passwords = protect ? Passwords.Load(content.Root, content.Settings.Audiences, diagnostics) : null;
        if (passwords is not null)
        {
            Passwords.CheckEveryAudienceHasOne(portraits, passwords, diagnostics);
        }

        var written = false;
        if (!options.CheckOnly && !diagnostics.HasErrors)
        {
            var secret = protect ? SiteSecret.Load(content.Root, diagnostics, m => progress.Note(m.In(language))) : null;
            var ciphertext = new CiphertextCache(Path.Combine(content.Root, CacheFolder, "protected"));
            written = WriteOutput(options.Output, diagnostics, staging =>
            {
                var siteFolder = Path.Combine(staging, "site");
                if (secret is not null && passwords is not null)
                {
                    var input = new ProtectionInput(site, portraits, content.Settings, passwords, new Dictionary<string, string>());
                    new ProtectedSiteWriter(new KeyRing(secret), ciphertext, renderer, theme, templates, LabelsFor).Write(input, siteFolder, diagnostics);
                }
                else if (!protect)
                {
                    new PlainSiteWriter(theme, templates, LabelsFor, content.Settings.Title).Write(site, siteFolder, diagnostics);
                }
            });
            if (written && protect)
            {
                ciphertext.Prune();
            }
            if (written && !options.Preview)
            {
                photoStage.Prune(catalog.BySource.Values);
            }

            Lap("site");
        }

        return new BuildResult(diagnostics.ToList(), language, options.Preview ? 0 : portraits.Count, skipped, new PhotoCount(catalog.BySource.Values.Select(a => a.Hash).Distinct().Count(), catalog.Decoded, catalog.FromCache), written, timings);

        void Lap(string stage)
        {
            timings.Add(new StageTiming(stage, clock.Elapsed));
            clock.Restart();
        }
    }

    /// <summary>
    /// Writes into a staging folder and swaps it in only if everything was written; a full disk
    /// or a read-only folder becomes an error, and the previous output stays as it was.
    /// </summary>
    private static bool WriteOutput(string output, DiagnosticBag diagnostics, Action<string> write)
    {
        var folder = new OutputFolder(output);
        try
        {
            var staging = folder.BeginStaging();
            write(staging);
            if (diagnostics.HasErrors)
            {
                folder.Abandon();
                return false;
            }

            folder.Commit();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Path.GetFileName(folder.Target), null, BuildMessages.OutputNotWritable(folder.Target, ex.Message));
            TryAbandon(folder);
            return false;
        }
    }

    private static void TryAbandon(OutputFolder folder)
    {
        try
        {
            folder.Abandon();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The staging folder is beside the output, never inside it; the next build clears it.
        }
    }
}
