using PortretSite.Foundation.Progress;
using System.Diagnostics;
using System.Collections.Concurrent;
using PortretSite.Audio;
using PortretSite.Content;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Output;
using PortretSite.Foundation.State;
using PortretSite.Images;
using PortretSite.Print;
using PortretSite.Print.Preflight;
using PortretSite.Publication;
using PortretSite.Rendering.Theme;
using PortretSite.Site;
using PortretSite.Site.Protection;

namespace PortretSite.Build;

/// <summary>
/// One build, in the order things happen: the browser warms when a booklet will be reprinted, the
/// content is read, the plan decides who may read what, the photos are processed, the pages render
/// while the booklets print, and the output is swapped in only when all of it succeeded.
/// </summary>
internal sealed class BuildRun(BuildPipeline pipeline, BuildMode mode, BuildOptions options, CancellationToken cancellationToken)
{
    private readonly SiteLayout _layout = new(options.Root);
    private readonly StageClock _clock = new();
    private readonly DiagnosticBag _diagnostics = new();
    private readonly ConcurrentDictionary<string, Labels> _labels = new();
    private readonly ThemeFiles _theme = new(options.Root);
    private UiLanguage _language;

    /// <summary>What earlier builds sealed, read while the content is read when the build writes a protected site.</summary>
    private SealedRecords? _sealed;
    private int _inReviewEdition;

    public async Task<BuildResult> ExecuteAsync()
    {
        // Compiling the templates needs only the theme: it runs beside loading the content and the photos.
        var templateDiagnostics = new DiagnosticBag();
        var compiling = Task.Run(() => ThemeTemplates.Compile(_theme, templateDiagnostics), cancellationToken);
        await using var booklets = mode.Prints ? new BookletStage(pipeline.Photos, pipeline.Pdf, options.Root, _layout.BookletCache) : null;
        booklets?.WarmIfReprinting(_layout.Portraits);

        pipeline.Photos.Prepare();
        if (mode.Protects && mode.Output == BuildOutput.Site)
        {
            _sealed = new SealedRecords(options.Root);
            _sealed.Prepare();
        }

        var content = ContentLoader.Load(options.Root);
        _diagnostics.AddRange(content.Diagnostics);
        _language = UiLanguages.FromCode(content.Settings.Language);
        var plan = MakePlan(content);
        _clock.Lap(BuildMessages.Stages.Content, _language);
        if (!_diagnostics.HasErrors)
        {
            booklets?.WarmIfNeeded(plan.Booklets, plan.ReviewCopies);
        }

        var catalog = await ProcessPhotosAsync(content, plan);
        _clock.Lap(BuildMessages.Stages.Images, _language);
        var clips = await ProcessClipsAsync(content, plan);
        if (clips.Files > 0)
        {
            _clock.Lap(BuildMessages.Stages.Clips, _language);
        }

        var templates = await compiling;
        _diagnostics.AddRange(templateDiagnostics.ToList());
        var stages = new LaterStages(content, plan, catalog, clips, templates, new SiteRenderer(templates, LabelsFor, catalog, plan.MarksStatus, clips), booklets);
        var (printed, written) = mode.Output switch
        {
            BuildOutput.Site when !_diagnostics.HasErrors => await WriteOutputAsync(stages),
            BuildOutput.OneBooklet => (await PrintOneAsync(stages), false),
            _ => RenderOnly(stages),
        };
        if (written && mode.Purpose == PlanPurpose.Publish)
        {
            pipeline.Photos.Prune(catalog);
            if (Directory.Exists(_layout.ClipCache))
            {
                ClipsStage().Prune(clips.BySource.Values);
            }

            WithdrawalSweep.Run(_layout, content);
        }

        return BuildSummary.Of(mode, plan, catalog, clips, printed, written, _diagnostics.ToList(), _language, _clock.Timings) with
        {
            InReviewEdition = _inReviewEdition,
            ReviewFolder = Path.GetRelativePath(options.Root, Path.Combine(options.Output, "review")).Replace('\\', '/'),
        };
    }

    /// <summary>Says which audiences moved to new keys since the last build, and why; remembers this build's access for the next.</summary>
    private void ReportAccessChanges(AccessEpochs access, PublicationPlan plan, IBuildProgress progress)
    {
        var now = AccessRecord.Of(access, plan);
        var before = AccessRecord.Load(_layout.AccessRecordFile);
        foreach (var change in before is null ? [] : now.ChangesSince(before))
        {
            progress.Note(change.In(_language));
        }

        if (!_diagnostics.HasErrors)
        {
            now.Save(_layout.AccessRecordFile);
        }
    }

    /// <summary>What the steps after the photos share.</summary>
    private sealed record LaterStages(SiteContent Content, PublicationPlan Plan, PhotoCatalog Catalog, ClipCatalog Clips, ThemeTemplates Templates, SiteRenderer Renderer, BookletStage? Booklets);

    private PublicationPlan MakePlan(SiteContent content)
    {
        var passwords = mode.ReadsPasswords ? AudiencePasswords.Load(content.Root, content.Settings.Audiences, _diagnostics) : null;
        return PublicationPlanner.Plan(content, mode.Purpose, passwords, options.OnlySlug, _diagnostics);
    }

    private Labels LabelsFor(string language) => _labels.GetOrAdd(language, l => Labels.Load(_theme, l, _diagnostics));

    private async Task<PhotoCatalog> ProcessPhotosAsync(SiteContent content, PublicationPlan plan)
    {
        // A portrait in review is not published, but its review copy shows its photos.
        var jobs = plan.Included.Concat(plan.ReviewCopies)
            .SelectMany(p => p.Photos.Select(photo => new PhotoJob(photo.File.FullPath, $"{p.RelativeFolder}/{photo.File.RelativePath}")))
            .DistinctBy(j => j.FullPath)
            .ToList();
        using var step = pipeline.Progress.Begin(BuildMessages.Stages.Photos.In(_language), jobs.Count);
        var catalog = await pipeline.Photos.ProcessAsync(jobs, content.Settings.Images, content.Settings.Limits, _diagnostics, step, cancellationToken);
        BuildCheckpoint.Reach("images", options.Root);
        return catalog;
    }

    /// <summary>
    /// The QR links of the booklets' clips: only for a protected site with an address (<c>SiteUrl</c>) whose booklets
    /// print; a booklet with clips and no address gets no QR codes, and a warning says so.
    /// </summary>
    private ClipLinks? ClipLinksFor(LaterStages stages, SiteSecret? secret)
    {
        if (secret is null || stages.Booklets is null || !stages.Plan.Booklets.Any(b => b.Portrait.Clips.Count > 0))
        {
            return null;
        }

        if (stages.Content.Settings.SiteUrl is { Length: > 0 } url)
        {
            return new ClipLinks(new KeyRing(secret), url);
        }

        _diagnostics.Warning(SiteLayout.SettingsFileName, null, BuildMessages.NoSiteUrlForClips);
        return null;
    }

    /// <summary>The recordings of the portraits the plan includes (and of those in review), as clips; no cache folder for a site without any.</summary>
    private async Task<ClipCatalog> ProcessClipsAsync(SiteContent content, PublicationPlan plan)
    {
        var jobs = plan.Included.Concat(plan.ReviewCopies)
            .SelectMany(p => p.Clips.Select(clip => new ClipJob(clip.File.FullPath, $"{p.RelativeFolder}/{clip.File.RelativePath}")))
            .DistinctBy(j => j.FullPath)
            .ToList();
        if (jobs.Count == 0)
        {
            return ClipCatalog.Empty;
        }

        using var step = pipeline.Progress.Begin(BuildMessages.Stages.Clips.In(_language), jobs.Count);
        return await ClipsStage().ProcessAsync(jobs, content.Settings.Limits, _diagnostics, step, cancellationToken);
    }

    private ClipStage ClipsStage() => new(new FfmpegTranscoder(), new ClipCache(_layout.ClipCache));

    private RenderedSite Render(LaterStages stages)
    {
        var site = stages.Renderer.Render(stages.Content, stages.Plan.Included, stages.Plan.Pages, _diagnostics, stages.Plan.HasCard);
        _clock.Lap(BuildMessages.Stages.Rendering, _language);
        return site;
    }

    /// <summary>A check, or a build with errors: the pages render for what they report, and nothing is written.</summary>
    private (int Printed, bool Written) RenderOnly(LaterStages stages)
    {
        Render(stages);
        if (mode.Purpose == PlanPurpose.Check)
        {
            // What the booklets' preflight would say about the photos, without printing them.
            PrintResolutionForecast.Report(stages.Plan.Included, stages.Catalog, stages.Content.Settings, options.Root, LabelsFor, _diagnostics);
        }

        return (0, false);
    }

    /// <summary>
    /// The site and its booklets, planned, and the output updated from the plan only when all of it
    /// succeeded. The booklets print while the pages render: both need the photos and the templates,
    /// neither needs the other.
    /// </summary>
    private async Task<(int Printed, bool Written)> WriteOutputAsync(LaterStages stages)
    {
        var printed = 0;
        // The secret is read before the print starts: the booklets' QR codes hold keys derived from it.
        var secret = mode.Protects ? SiteSecret.Load(options.Root, _diagnostics, m => pipeline.Progress.Note(m.In(_language))) : null;
        var links = ClipLinksFor(stages, secret);
        var written = await new PlannedOutput(options.Output, _layout, _diagnostics).WriteAsync(async output =>
        {
            var printing = stages.Booklets is null ? Task.FromResult<IReadOnlyList<BookletFiles>>([]) : PrintAsync(stages, stages.Plan.Booklets, output, links);
            var booklets = await WriteSiteAsync(stages, printing, output.Sub("site"), output.Sub("review").Sub(ReviewEdition.Folder), secret, links);
            printed = booklets.Count;
        });
        return (printed, written);
    }

    /// <summary><c>portret print &lt;slug&gt;</c>: one booklet into the output's print folder (and its review copy, when it is in review), the rest of the output untouched.</summary>
    private async Task<int> PrintOneAsync(LaterStages stages)
    {
        Render(stages);
        var booklets = stages.Plan.Booklets;
        if (booklets.Count == 0 || _diagnostics.HasErrors)
        {
            return 0;
        }

        var printed = 0;
        await new PlannedOutput(options.Output, _layout, _diagnostics).WriteAsync(
            async output => printed = (await PrintAsync(stages, booklets, output)).Count,
            whole: false);
        return printed;
    }

    /// <summary>
    /// Prints the booklets into the output's <c>print/</c> folder and the review copies into <c>review/</c>, both
    /// beside the site, never in it: a review copy is plain text for the editor. The time it took is its own
    /// figure, as it runs beside the rendering.
    /// </summary>
    private async Task<IReadOnlyList<BookletFiles>> PrintAsync(LaterStages stages, IReadOnlyList<PlannedBooklet> planned, OutputWriter output, ClipLinks? links = null)
    {
        var started = Stopwatch.StartNew();
        var reviews = stages.Plan.ReviewCopies;
        using var step = pipeline.Progress.Begin(BuildMessages.Stages.Booklets.In(_language), planned.Count + reviews.Count);
        var input = new BookletInput(stages.Content.Root, stages.Content.Settings, stages.Catalog, _theme, stages.Templates, LabelsFor, stages.Plan.MarksStatus)
        {
            Clips = stages.Clips,
            ClipLink = links is null ? null : links.Url,
        };
        var booklets = await stages.Booklets!.PrintAsync(input, planned, reviews, new PrintFolders(output.Sub("print"), output.Sub("review")), _diagnostics, step, cancellationToken);
        _clock.Add(BuildMessages.Stages.Print, _language, started.Elapsed);
        return booklets;
    }

    /// <summary>The review edition of the portraits in review, each opened by its review passphrase (made now when it has none).</summary>
    private void WriteReviewEdition(LaterStages stages, SiteSecret secret, PortraitSalts salts, OutputWriter folder)
    {
        var passwords = ReviewPasswords.Load(_layout, [.. stages.Plan.ReviewCopies.Select(p => (p.Slug, p.Language))], _diagnostics, m => pipeline.Progress.Note(m.In(_language)));
        var review = ReviewEditionPlan.Of(stages.Plan, passwords);
        // Its pages carry the review mark of their own; the status banner of the preview says something else.
        var renderer = new SiteRenderer(stages.Templates, LabelsFor, stages.Catalog, showStatus: false);
        _inReviewEdition = new ReviewEdition(secret, salts, _theme, stages.Templates, LabelsFor)
            .Write(review, renderer, stages.Content.Settings, _layout.ReviewCiphertextCache, folder, _diagnostics);
    }

    /// <summary>
    /// Writes the site while the booklets print; only the booklets' encrypted copies wait for the print.
    /// A plain site writes the pages rendered for it; the protected site renders each page with its
    /// encrypted photos, per audience.
    /// </summary>
    private async Task<IReadOnlyList<BookletFiles>> WriteSiteAsync(LaterStages stages, Task<IReadOnlyList<BookletFiles>> printing, OutputWriter folder, OutputWriter reviewFolder, SiteSecret? secret, ClipLinks? links)
    {
        if (!mode.Protects)
        {
            var site = Render(stages);
            var plain = Stopwatch.StartNew();
            if (!_diagnostics.HasErrors)
            {
                new PlainSiteWriter(_theme, stages.Templates, LabelsFor, stages.Content.Settings.Title).Write(site, folder, _diagnostics);
            }

            _clock.Add(BuildMessages.Stages.Site, _language, plain.Elapsed);
            return await printing;
        }

        var writing = Stopwatch.StartNew();
        try
        {
            if (secret is null)
            {
                return await printing;
            }

            var earlier = _sealed!;
            var salts = PortraitSalts.Of(options.Root, secret);
            var input = new ProtectionInput(stages.Renderer.Media(stages.Plan.Included), stages.Plan, stages.Content.Settings, stages.Booklets is not null) { ClipLinks = links };
            var writer = new ProtectedSiteWriter(new KeyRing(secret, salts.For), earlier.Ciphertext, stages.Renderer, _theme, stages.Templates, LabelsFor)
            {
                Readings = earlier.Readings,
                Media = earlier.Media,
                Lists = earlier.Lists,
            };
            writer.Write(input, folder, _diagnostics);
            ReportAccessChanges(writer.Access, stages.Plan, pipeline.Progress);
            WriteReviewEdition(stages, secret, salts, reviewFolder);
            writing.Stop();
            var printed = await printing;
            writing.Start();
            writer.WriteBooklets(printed.ToDictionary(b => b.Slug, b => b.PrintPdf), folder);
            writer.WriteCards(printed.Where(b => b.CardPdf is not null).ToDictionary(b => b.Slug, b => b.CardPdf!), stages.Plan, folder);
            if (!_diagnostics.HasErrors)
            {
                earlier.ForgetUnused();
            }

            return printed;
        }
        finally
        {
            // The time spent writing, not the time spent waiting for the print.
            _clock.Add(BuildMessages.Stages.Site, _language, writing.Elapsed);
        }
    }
}
