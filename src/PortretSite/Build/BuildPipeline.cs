using System.Collections.Concurrent;
using System.Diagnostics;
using PortretSite.Content;
using PortretSite.Content.Diagnostics;
using PortretSite.Images;
using PortretSite.Rendering.Theme;
using PortretSite.Site;

namespace PortretSite.Build;

/// <summary>The whole build, stage after stage: Content → Images → Rendering → Site.</summary>
public sealed class BuildPipeline(IPhotoStage photoStage)
{
    /// <summary>The build with its real stages, wired for one site.</summary>
    public static BuildPipeline ForSite(string root) => new(new CopyPhotoStage());

    public async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken)
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
        var catalog = await photoStage.ProcessAsync(jobs, content.Settings.Images, content.Settings.Limits, diagnostics, cancellationToken);
        Lap("images");

        var theme = new ThemeFiles(content.Root);
        var templates = ThemeTemplates.Compile(theme, diagnostics);
        var labels = new ConcurrentDictionary<string, Labels>();
        Labels LabelsFor(string lang) => labels.GetOrAdd(lang, l => Labels.Load(theme, l, diagnostics));
        var site = new SiteRenderer(templates, LabelsFor).Render(content, portraits, catalog, options.Preview, diagnostics);
        Lap("rendering");

        var written = false;
        if (!options.CheckOnly && !diagnostics.HasErrors)
        {
            var output = new OutputFolder(options.Output);
            var staging = output.BeginStaging();
            try
            {
                new PlainSiteWriter(theme, templates, LabelsFor, content.Settings.Title).Write(site, Path.Combine(staging, "site"), diagnostics);
                if (diagnostics.HasErrors)
                {
                    output.Abandon();
                }
                else
                {
                    output.Commit();
                    written = true;
                }
            }
            catch
            {
                output.Abandon();
                throw;
            }

            Lap("site");
        }

        return new BuildResult(diagnostics.ToList(), language, options.Preview ? 0 : portraits.Count, skipped, jobs.Count, written, timings);

        void Lap(string stage)
        {
            timings.Add(new StageTiming(stage, clock.Elapsed));
            clock.Restart();
        }
    }
}
