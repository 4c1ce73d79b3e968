using PortretSite.Foundation;
using System.Collections.Concurrent;
using System.Diagnostics;
using PortretSite.Content;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Images;
using PortretSite.Images.Vips;
using PortretSite.Print;
using PortretSite.Print.Pdf;
using PortretSite.Rendering.Theme;
using PortretSite.Site;
using PortretSite.Site.Protection;
using PortretSite.Foundation.Output;
using PortretSite.Foundation.Progress;
using PortretSite.Foundation.State;

namespace PortretSite.Build;

/// <summary>The whole build, stage after stage: Content → Images → Rendering → Print → Site.</summary>
public sealed class BuildPipeline(IPhotoStage photoStage, IPdfTools pdfTools, IBuildProgress progress)
{
    private IPhotoStage Photos => photoStage;

    private IPdfTools Pdf => pdfTools;

    private IBuildProgress Progress => progress;

    /// <summary>The build with its real stages, wired for one site.</summary>
    public static BuildPipeline ForSite(string root, IBuildProgress? progress = null) =>
        new(new PhotoStage(new VipsImageProcessor(), new PhotoCache(new SiteLayout(root).ImageCache)), new PdfSharpTools(), progress ?? SilentProgress.Instance);

    /// <summary>Runs the build while holding the site's build lock, so two builds never share a cache or an output.</summary>
    public async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        var language = UiLanguages.FromCode(SettingsLoader.Load(options.Root, new DiagnosticBag())?.Language);
        using var buildLock = await BuildLock.AcquireAsync(options.Root, language, Progress.Note, cancellationToken);
        var incremental = options is { Preview: false, CheckOnly: false, OnlySlug: null };
        var inputs = incremental ? BuildFingerprint.Of(options) : null;
        if (inputs is not null && BuildFingerprint.Read(options.Root) is { } last && last.Inputs == inputs.Value && last.Output == BuildFingerprint.Output(options.Output))
        {
            return last.Result;
        }

        var result = await new Run(this, options, cancellationToken).ExecuteAsync();
        if (inputs is not null && result.OutputWritten)
        {
            BuildFingerprint.Write(options.Root, new BuildFingerprint.LastBuild(inputs.WithCurrentSecret(options.Root).Value, BuildFingerprint.Output(options.Output), result));
        }

        return result;
    }

    /// <summary>One build: the state its stages share.</summary>
    private sealed class Run(BuildPipeline pipeline, BuildOptions options, CancellationToken cancellationToken)
    {
        private readonly List<StageTiming> _timings = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly DiagnosticBag _diagnostics = new();
        private readonly ConcurrentDictionary<string, Labels> _labels = new();

        private SiteContent _content = null!;
        private UiLanguage _language;
        private ThemeFiles _theme = null!;
        private ThemeTemplates _templates = null!;

        private IBuildProgress Progress => pipeline.Progress;

        private bool Dutch => _language == UiLanguage.Dutch;

        public async Task<BuildResult> ExecuteAsync()
        {
            // Compiling the templates needs only the theme: it runs beside loading the content and the photos.
            _theme = new ThemeFiles(options.Root);
            var templateDiagnostics = new DiagnosticBag();
            var compiling = Task.Run(() => ThemeTemplates.Compile(_theme, templateDiagnostics), cancellationToken);
            await using var booklets = Prints ? new BookletStage(pipeline.Photos, pipeline.Pdf, options.Root, new SiteLayout(options.Root).BookletCache) : null;
            booklets?.WarmIfReprinting(new SiteLayout(options.Root).Portraits);
            _content = ContentLoader.Load(options.Root);
            _diagnostics.AddRange(_content.Diagnostics);
            _language = UiLanguages.FromCode(_content.Settings.Language);
            Lap("content", "inhoud");

            var portraits = Selected();
            if (!_diagnostics.HasErrors)
            {
                booklets?.WarmIfNeeded(portraits);
            }

            var catalog = await ProcessPhotosAsync(portraits);
            Lap("images", "foto's");

            _templates = await compiling;
            _diagnostics.AddRange(templateDiagnostics.ToList());
            var renderer = new SiteRenderer(_templates, LabelsFor, catalog, options.Preview);
            var protect = options.Protect && !options.Preview;
            var passwords = protect ? Passwords.Load(_content.Root, _content.Settings.Audiences, _diagnostics) : null;
            if (passwords is not null)
            {
                Passwords.CheckEveryAudienceHasOne(portraits, passwords, _diagnostics);
            }

            var printedCount = 0;
            var written = false;
            if (options.OnlySlug is not null || options.CheckOnly || _diagnostics.HasErrors)
            {
                Render(renderer, portraits);
                if (options.OnlySlug is not null)
                {
                    printedCount = await PrintOneAsync(booklets!, portraits, catalog);
                }
            }
            else
            {
                written = await WriteOutputAsync(async output =>
                {
                    // The booklets print while the site's pages render: both need the photos and the templates, neither needs the other.
                    var printing = booklets is null ? Task.FromResult<IReadOnlyList<BookletFiles>>([]) : PrintAsync(booklets, portraits, catalog, output.Sub("print"));
                    var site = Render(renderer, portraits);
                    var printed = _diagnostics.HasErrors ? await printing : await WriteSiteAsync(site, renderer, portraits, passwords, printing, booklets is not null, output.Sub("site"));
                    printedCount = printed.Count;
                });
                if (written && !options.Preview)
                {
                    pipeline.Photos.Prune(catalog.BySource.Values);
                }
            }

            var skipped = options.Preview ? [] : _content.Portraits.Where(p => !p.IsPublished).Select(p => new SkippedPortrait(p.Slug, p.Status)).ToList();
            var photos = new PhotoCount(catalog.BySource.Values.Select(a => a.Hash).Distinct().Count(), catalog.Decoded, catalog.FromCache);
            return new BuildResult(_diagnostics.ToList(), _language, options.Preview ? 0 : portraits.Count, skipped, photos, printedCount, written, _timings);
        }

        private Labels LabelsFor(string language) => _labels.GetOrAdd(language, l => Labels.Load(_theme, l, _diagnostics));

        /// <summary>The family site shows approved portraits only; preview shows all of them; one booklet may be of any.</summary>
        private IReadOnlyList<Portrait> Selected()
        {
            if (options.OnlySlug is { } slug)
            {
                var portrait = _content.Portraits.FirstOrDefault(p => p.Slug == slug);
                if (portrait is null)
                {
                    _diagnostics.Error(SiteLayout.PortraitsFolderName, null, BuildMessages.NoSuchPortrait(slug));
                }

                return portrait is null ? [] : [portrait];
            }

            // A check looks at drafts too: better to hear about a broken photo before anyone approves.
            return options.Preview || options.CheckOnly ? _content.Portraits : _content.Published;
        }

        /// <summary><c>portret print &lt;slug&gt;</c>: one booklet into the output's print folder, the rest of the output untouched.</summary>
        private async Task<int> PrintOneAsync(BookletStage booklets, IReadOnlyList<Portrait> portraits, PhotoCatalog catalog)
        {
            if (portraits.Count == 0 || _diagnostics.HasErrors)
            {
                return 0;
            }

            var staging = new SiteLayout(_content.Root).PrintOneStaging;
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            var printed = await PrintAsync(booklets, portraits, catalog, new OutputWriter(staging, null));
            var target = Path.Combine(options.Output, "print");
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(staging))
            {
                File.Move(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }

            Directory.Delete(staging, recursive: true);
            return printed.Count;
        }

        private async Task<PhotoCatalog> ProcessPhotosAsync(IReadOnlyList<Portrait> portraits)
        {
            var jobs = portraits
                .SelectMany(p => p.Photos.Select(photo => new PhotoJob(photo.File.FullPath, $"{p.RelativeFolder}/{photo.File.RelativePath}")))
                .DistinctBy(j => j.FullPath)
                .ToList();
            using var step = Progress.Begin(Dutch ? "foto's" : "photos", jobs.Count);
            var catalog = await pipeline.Photos.ProcessAsync(jobs, _content.Settings.Images, _content.Settings.Limits, _diagnostics, step, cancellationToken);
            BuildCheckpoint.Reach("images", _content.Root);
            return catalog;
        }

        /// <summary>Booklets are made for a build or <c>portret print</c>, never for a check, a preview or <c>--skip-print</c>.</summary>
        private bool Prints => options.OnlySlug is not null || !(options.SkipPrint || options.Preview || options.CheckOnly);

        private RenderedSite Render(SiteRenderer renderer, IReadOnlyList<Portrait> portraits)
        {
            var site = renderer.Render(_content, portraits, _diagnostics);
            Lap("rendering", "pagina's");
            return site;
        }

        /// <summary>Prints the booklets; the time it took is its own figure, as it runs beside the rendering.</summary>
        private async Task<IReadOnlyList<BookletFiles>> PrintAsync(BookletStage stage, IReadOnlyList<Portrait> portraits, PhotoCatalog catalog, OutputWriter printFolder)
        {
            var clock = Stopwatch.StartNew();
            using var step = Progress.Begin(Dutch ? "boekjes" : "booklets", portraits.Count);
            var input = new BookletInput(_content.Root, _content.Settings, catalog, _theme, _templates, LabelsFor);
            var booklets = await stage.PrintAsync(input, portraits, printFolder, _diagnostics, step, cancellationToken);
            lock (_timings)
            {
                _timings.Add(new StageTiming(Dutch ? "boekjes" : "print", clock.Elapsed));
            }

            return booklets;
        }

        /// <summary>Writes the site while the booklets print; only the booklets' encrypted copies wait for the print.</summary>
        private async Task<IReadOnlyList<BookletFiles>> WriteSiteAsync(RenderedSite site, SiteRenderer renderer, IReadOnlyList<Portrait> portraits, IReadOnlyDictionary<string, IReadOnlyList<string>>? passwords, Task<IReadOnlyList<BookletFiles>> printing, bool withBooklets, OutputWriter folder)
        {
            var writing = Stopwatch.StartNew();
            try
            {
                if (passwords is null)
                {
                    new PlainSiteWriter(_theme, _templates, LabelsFor, _content.Settings.Title).Write(site, folder, _diagnostics);
                    return await printing;
                }

                var secret = SiteSecret.Load(_content.Root, _diagnostics, m => Progress.Note(m.In(_language)));
                if (secret is null)
                {
                    return await printing;
                }

                var ciphertext = new CiphertextCache(new SiteLayout(_content.Root).CiphertextCache);
                var input = new ProtectionInput(site, portraits, _content.Settings, passwords, withBooklets ? portraits.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal) : []);
                var writer = new ProtectedSiteWriter(new KeyRing(secret), ciphertext, renderer, _theme, _templates, LabelsFor);
                writer.Write(input, folder, _diagnostics);
                writing.Stop();
                var printed = await printing;
                writing.Start();
                writer.WriteBooklets(printed.ToDictionary(b => b.Slug, b => b.PrintPdf), folder);
                if (!_diagnostics.HasErrors)
                {
                    ciphertext.Prune();
                }

                return printed;
            }
            finally
            {
                // The time spent writing, not the time spent waiting for the print.
                lock (_timings)
                {
                    _timings.Add(new StageTiming("site", writing.Elapsed));
                }
            }
        }

        /// <summary>
        /// Writes into a staging folder and swaps it in only if everything was written; a full disk
        /// or a read-only folder becomes an error, and the previous output stays as it was.
        /// </summary>
        private async Task<bool> WriteOutputAsync(Func<OutputWriter, Task> write)
        {
            var folder = new OutputFolder(options.Output);
            try
            {
                var staging = folder.BeginStaging();
                await write(new OutputWriter(staging, Directory.Exists(folder.Target) ? folder.Target : null));
                if (_diagnostics.HasErrors)
                {
                    folder.Abandon();
                    return false;
                }

                BuildCheckpoint.Reach("swap", _content.Root);
                folder.Commit();
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _diagnostics.Error(Path.GetFileName(folder.Target), null, BuildMessages.OutputNotWritable(folder.Target, ex.Message));
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

        private void Lap(string english, string dutch)
        {
            lock (_timings)
            {
                _timings.Add(new StageTiming(Dutch ? dutch : english, _clock.Elapsed));
            }

            _clock.Restart();
        }
    }
}
