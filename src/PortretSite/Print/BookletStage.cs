using PortretSite.Audio;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Rendering.Clips;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Images;
using PortretSite.Print.Booklet;
using PortretSite.Print.Card;
using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;
using PortretSite.Print.Preflight;
using PortretSite.Print.Readers;
using PortretSite.Print.Review;
using PortretSite.Publication;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Theme;
using PortretSite.Foundation.Output;
using PortretSite.Foundation.Progress;
using PortretSite.Foundation.State;

namespace PortretSite.Print;

/// <summary>A booklet placed in the output's <c>print/</c> folder: <c>PrintPdf</c> is its cache entry, which the output links to.</summary>
public sealed record BookletFiles(string Slug, string PrintPdf, int Pages)
{
    /// <summary>The cache entry of the portrait's card for carers, when a team or the person themself reads it.</summary>
    public string? CardPdf { get; init; }
}

/// <summary>Everything the Print stage needs from the stages before it; <c>MarksStatus</c> (from the plan) prints an unapproved portrait's status on it.</summary>
/// <summary>Where the Print stage places its files: booklets and cards in <c>print/</c>, review copies in <c>review/</c>, neither inside the site.</summary>
public sealed record PrintFolders(OutputWriter Print, OutputWriter Review);

public sealed record BookletInput(string Root, SiteSettings Settings, PhotoCatalog Catalog, ThemeFiles Theme, ThemeTemplates Templates, Func<string, Labels> LabelsFor, bool MarksStatus)
{
    /// <summary>The processed recordings, which the booklet lists and places.</summary>
    public ClipCatalog Clips { get; init; } = ClipCatalog.Empty;

    /// <summary>The QR link of a portrait's clip (slug, clip); null when the booklets print no codes (no SiteUrl, or no protected site).</summary>
    public Func<string, PortraitClip, string>? ClipLink { get; init; }
}

/// <summary>
/// The Print stage: one booklet per portrait from the same templates as the site, printed by
/// one browser (a context per booklet, as many at once as there are cores), finished for the
/// print shop, imposed for home printing, and checked by a preflight report. A booklet whose
/// sources did not change comes from the cache without being made again; the browser starts only
/// when some booklet must be printed, and as soon as that is known (<see cref="WarmIfNeeded"/>).
/// </summary>
public sealed class BookletStage(IPhotoStage photos, IPdfTools pdf, string root, string workFolder) : IAsyncDisposable
{
    private readonly BookletCache _cache = new(Path.Combine(workFolder, "printed"));
    private readonly BookletSources _sources = new(root);
    private readonly BrowserHost _browser = new();
    private readonly CardSheets _cards = new(photos, pdf, workFolder);
    private readonly ReviewCopies _reviews = new(photos, pdf, workFolder);
    private Task? _closing;
    private int _printed;

    /// <summary>How many booklets this stage had to print (the others came from the cache).</summary>
    public int Printed => Volatile.Read(ref _printed);

    /// <summary>
    /// Takes the stamp of every portrait folder before any content is read (so a file saved during
    /// the build makes the next build look again), and starts the browser in the background when a
    /// booklet printed before has sources that changed since: it is then ready when the pages are.
    /// A portrait's folder is named after it.
    /// </summary>
    public bool WarmIfReprinting(string portraitsFolder)
    {
        var stamps = Directory.Exists(portraitsFolder)
            ? new DirectoryInfo(portraitsFolder).EnumerateDirectories().ToDictionary(d => d.Name, d => _sources.OfFolder(d.FullName), StringComparer.Ordinal)
            : [];
        return WarmIf(_cache.PrintedSlugs().Any(slug => stamps.TryGetValue(slug, out var stamp) && !_cache.HasSources(slug, stamp))
            || _cards.PrintedSlugs().Any(slug => stamps.TryGetValue(slug, out var stamp) && !_cards.HasSources(slug, stamp))
            || _reviews.PrintedSlugs().Any(slug => stamps.TryGetValue(slug, out var stamp) && !_reviews.HasSources(slug, stamp)));
    }

    /// <summary>As <see cref="WarmIfReprinting"/>, once the content is read: for portraits whose booklet was never printed, too.</summary>
    public bool WarmIfNeeded(IReadOnlyList<PlannedBooklet> booklets, IReadOnlyList<Portrait> reviews) =>
        WarmIf(booklets.Any(b => !_cache.HasSources(b.Portrait.Slug, _sources.Of(b.Portrait)) || (b.Card is not null && !_cards.HasSources(b.Portrait.Slug, _sources.Of(b.Portrait))))
            || reviews.Any(p => !_reviews.HasSources(p.Slug, _sources.Of(p))));

    /// <summary>
    /// Prints each booklet of the plan (the reading it was planned to print, never more of the
    /// portrait), then the review copy of each portrait in <paramref name="reviews"/>.
    /// </summary>
    public async Task<IReadOnlyList<BookletFiles>> PrintAsync(BookletInput input, IReadOnlyList<PlannedBooklet> booklets, IReadOnlyList<Portrait> reviews, PrintFolders output, DiagnosticBag diagnostics, IStepProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            var printed = await PrintEachAsync(input, booklets, output.Print, diagnostics, progress, cancellationToken);
            await PrintReviewCopiesAsync(input, reviews, output.Review, diagnostics, progress, cancellationToken);
            return printed;
        }
        finally
        {
            // The pages written after the booklets do not need the browser: it closes while they are written.
            _closing = _browser.DisposeAsync().AsTask();
        }
    }

    public async ValueTask DisposeAsync() => await (_closing ?? _browser.DisposeAsync().AsTask());

    private bool WarmIf(bool needed)
    {
        if (needed)
        {
            _browser.Warm();
        }

        return needed;
    }

    private async Task<IReadOnlyList<BookletFiles>> PrintEachAsync(BookletInput input, IReadOnlyList<PlannedBooklet> booklets, OutputWriter output, DiagnosticBag diagnostics, IStepProgress progress, CancellationToken cancellationToken)
    {
        if (booklets.Count == 0)
        {
            return [];
        }

        var printer = new BookletPrinter(_browser, pdf);
        using var gate = new SemaphoreSlim(Environment.ProcessorCount);
        var language = UiLanguages.FromCode(input.Settings.Language);
        var results = await Task.WhenAll(booklets.Select(async planned =>
        {
            var portrait = planned.Portrait;
            await gate.WaitAsync(cancellationToken);
            try
            {
                // Which reading a booklet prints follows from the folder and the settings, both in its sources.
                var sources = _sources.Of(portrait);
                var booklet = _cache.FindBySources(portrait.Slug, sources) ?? await MakeAsync(input, planned, sources, printer, language, diagnostics, cancellationToken);
                var card = planned.Card is { } shown ? await _cards.MakeAsync(_browser, input, shown.Portrait, sources, diagnostics, cancellationToken) : null;
                return Place(portrait, booklet, output, diagnostics) with { CardPdf = card is null ? null : PlaceCard(portrait, card, output, diagnostics) };
            }
            catch (BrowserNotFoundException)
            {
                diagnostics.Error("print", null, PrintMessages.BrowserNotFound);
                return null;
            }
            catch (BrowserException ex)
            {
                diagnostics.Error($"{portrait.RelativeFolder}/index.md", null, PrintMessages.BrowserFailed(ex.Message.Split('\n')[0]));
                return null;
            }
            finally
            {
                gate.Release();
                progress.Advance();
            }
        }));
        return [.. results.OfType<BookletFiles>()];
    }

    /// <summary>The review copies, one after the other: few portraits are in review at once.</summary>
    private async Task PrintReviewCopiesAsync(BookletInput input, IReadOnlyList<Portrait> reviews, OutputWriter output, DiagnosticBag diagnostics, IStepProgress progress, CancellationToken cancellationToken)
    {
        foreach (var portrait in reviews)
        {
            try
            {
                var copy = await _reviews.MakeAsync(_browser, input, portrait, _sources.Of(portrait), diagnostics, cancellationToken);
                foreach (var finding in copy.Findings)
                {
                    diagnostics.Warning(finding.Path, null, new Message(finding.English, finding.Dutch));
                }

                output.Link(portrait.Slug + ".review.pdf", copy.PdfFile);
            }
            catch (BrowserNotFoundException)
            {
                diagnostics.Error("print", null, PrintMessages.BrowserNotFound);
                return;
            }
            catch (BrowserException ex)
            {
                diagnostics.Error($"{portrait.RelativeFolder}/index.md", null, PrintMessages.BrowserFailed(ex.Message.Split('\n')[0]));
            }
            finally
            {
                progress.Advance();
            }
        }
    }

    private static BookletFiles Place(Portrait portrait, CachedBooklet booklet, OutputWriter output, DiagnosticBag diagnostics)
    {
        foreach (var finding in booklet.Findings)
        {
            diagnostics.Warning(finding.Path, null, new Message(finding.English, finding.Dutch));
        }

        output.Link(portrait.Slug + ".pdf", booklet.PdfFile);
        if (booklet.HomeFile is not null)
        {
            output.Link(portrait.Slug + ".home.pdf", booklet.HomeFile);
        }

        output.Write(portrait.Slug + ".preflight.txt", System.Text.Encoding.UTF8.GetBytes(booklet.Preflight));
        return new BookletFiles(portrait.Slug, booklet.PdfFile, booklet.Pages);
    }

    /// <summary>The card beside the booklet; one that would not fit its page even shortened is an error, never a second page.</summary>
    private static string PlaceCard(Portrait portrait, CachedBooklet card, OutputWriter output, DiagnosticBag diagnostics)
    {
        foreach (var finding in card.Findings)
        {
            diagnostics.Warning(finding.Path, null, new Message(finding.English, finding.Dutch));
        }

        if (card.Pages != 1)
        {
            diagnostics.Error($"{portrait.RelativeFolder}/index.md", null, PrintMessages.CardTooLong(card.Pages));
        }

        output.Link(portrait.Slug + ".card.pdf", card.PdfFile);
        return card.PdfFile;
    }

    /// <summary>Makes the booklet's HTML and prints it, unless the cache has a booklet of exactly that HTML, files and settings.</summary>
    private async Task<CachedBooklet> MakeAsync(BookletInput input, PlannedBooklet planned, string sources, BookletPrinter printer, UiLanguage language, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var portrait = planned.Portrait;
        var geometry = BookletGeometry.From(input.Settings.Print);
        var workspace = await PrintWorkspace.PrepareAsync(Path.Combine(workFolder, "work", portrait.Slug), input.Theme, cancellationToken);

        var markup = new PrintPhotoMarkup(photos, geometry, input.Settings.Images.PrintDpi, input.Settings.Images.PrintQuality, path => Path.GetRelativePath(input.Root, path).Replace('\\', '/'));
        var labels = input.LabelsFor(portrait.Language);
        var link = input.ClipLink;
        var codes = new PrintClipMarkup(link is null ? null : clip => link(portrait.Slug, clip), labels["clipScan"]);
        var placed = new PortraitPhotos(portrait, input.Catalog, markup) { Clips = new PortraitClips(portrait, input.Clips, codes, labels.InVoiceOf(portrait)) };
        var view = BookletViewBuilder.Build(portrait, placed, labels, geometry, input.Settings.Title, DateOnly.FromDateTime(DateTime.Now), input.MarksStatus);
        view = view with { MadeFor = BookletViewBuilder.MadeFor(planned.MadeFor.Select(a => a.DisplayName), labels) };
        var html = input.Templates.Render("booklet", view, diagnostics) ?? throw new InvalidOperationException("the booklet template did not render");
        photos.MakePrintFiles(markup.Files);
        LinkPhotos(markup.Files, Path.Combine(workspace, PrintPhotoMarkup.Folder));
        var htmlFile = Path.Combine(workspace, "booklet.html");
        await File.WriteAllTextAsync(htmlFile, html, cancellationToken);

        var key = BookletCache.Key(workspace, html, view.PrintedOn, $"{geometry}|{input.Settings.Print}|{language}|{portrait.Language}");
        if (_cache.Find(portrait.Slug, key) is { } same)
        {
            _cache.RememberSources(portrait.Slug, sources);
            return same;
        }

        return _cache.Store(portrait.Slug, key, sources, await PrintAsync(portrait, printer, htmlFile, geometry, input, language, codes.Codes, cancellationToken));
    }

    /// <summary>The print files beside the booklet's HTML, where its markup points.</summary>
    internal static void LinkPhotos(IEnumerable<PrintFile> files, string photoFolder)
    {
        foreach (var file in files.Select(f => f.File).DistinctBy(f => f.FileName))
        {
            Directory.CreateDirectory(photoFolder);
            HardLinks.LinkOrCopy(file.FullPath, Path.Combine(photoFolder, file.FileName));
        }
    }

    private async Task<FinishedBooklet> PrintAsync(Portrait portrait, BookletPrinter printer, string htmlFile, BookletGeometry geometry, BookletInput input, UiLanguage language, IReadOnlyList<PrintedQrCode> codes, CancellationToken cancellationToken)
    {
        var printed = await printer.PrintAsync(htmlFile, geometry, _cache.PreviousLayout(portrait.Slug), cancellationToken);
        Interlocked.Increment(ref _printed);
        BuildCheckpoint.Reach("print", input.Root);
        // The steps that only read a finished PDF run side by side.
        var printedPages = Task.Run(() => pdf.Summarize(printed.Pdf).PageCount, cancellationToken);
        var finish = new PrintFinish(geometry.TrimWidth, geometry.TrimHeight, geometry.Bleed, input.Settings.Print.CropMarks, portrait.Name, portrait.Language);
        var final = pdf.FinishForPrintShop(printed.Pdf, finish);
        var home = input.Settings.Print.HomeImposition ? Task.Run<byte[]?>(() => pdf.ImposeForHome(final), cancellationToken) : Task.FromResult<byte[]?>(null);
        var summary = pdf.Summarize(final);
        var readability = await ReadAsync(portrait.Slug, final, await home, Path.GetDirectoryName(htmlFile)!, cancellationToken);
        var report = new PreflightReport($"{portrait.RelativeFolder}", summary, await printedPages, geometry, input.Settings.Print.CropMarks, printed.Photos, printed.Overflow, readability) { QrCodes = codes };
        return new FinishedBooklet(final, await home, report.Format(language), summary.PageCount, [.. report.Findings().Select(f => BookletCache.Finding(f.Path, f.Message))], printed.Layout);
    }

    /// <summary>Both PDFs of a booklet through the readability check, side by side.</summary>
    private async Task<PdfReadability[]> ReadAsync(string slug, byte[] booklet, byte[]? home, string scratch, CancellationToken cancellationToken)
    {
        var check = new ReadabilityCheck(pdf, PdfEngine.Preflight);
        (string Name, byte[] Pdf)[] files = home is null ? [(slug + ".pdf", booklet)] : [(slug + ".pdf", booklet), (slug + ".home.pdf", home)];
        return await Task.WhenAll(files.Select(file => check.CheckAsync(file.Name, file.Pdf, scratch, cancellationToken)));
    }
}
