using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Images;
using PortretSite.Print.Booklet;
using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;
using PortretSite.Rendering.Photos;

namespace PortretSite.Print.Review;

/// <summary>
/// The paper review copies, <c>&lt;slug&gt;.review.pdf</c>: for a portrait in review, the whole portrait on
/// A4 in large type with its lines numbered, a wide margin to write in, every page marked as not yet
/// approved, and a last page with the questions of recognition. Printed by the booklets' browser and
/// cached as the cards are (by the same sources, then by the exact HTML and files).
/// </summary>
public sealed class ReviewCopies(IPhotoStage photos, IPdfTools pdf, string workFolder)
{
    private readonly BookletCache _cache = new(Path.Combine(workFolder, "review"));

    /// <summary>Whether the review copy printed last was made from these sources, so it needs no browser.</summary>
    public bool HasSources(string slug, string sources) => _cache.HasSources(slug, sources);

    public IEnumerable<string> PrintedSlugs() => _cache.PrintedSlugs();

    /// <summary>The review copy of <paramref name="portrait"/>: from the cache when nothing it is made from changed, otherwise printed.</summary>
    public async Task<CachedBooklet> MakeAsync(BrowserHost browser, BookletInput input, Portrait portrait, string sources, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (_cache.FindBySources(portrait.Slug, sources) is { } unchanged)
        {
            return unchanged;
        }

        var workspace = await PrintWorkspace.PrepareAsync(Path.Combine(workFolder, "review-work", portrait.Slug), input.Theme, cancellationToken);

        // Photos are sized as in the booklet: its text is narrower than the review copy's, so they are sharp here too.
        var markup = new PrintPhotoMarkup(photos, BookletGeometry.From(input.Settings.Print), input.Settings.Images.PrintDpi, input.Settings.Images.PrintQuality, path => Path.GetRelativePath(input.Root, path).Replace('\\', '/'));
        var view = ReviewCopyViewBuilder.Build(portrait, new PortraitPhotos(portrait, input.Catalog, markup), input.LabelsFor(portrait.Language), input.Settings.Title, DateOnly.FromDateTime(DateTime.Now));
        var html = input.Templates.Render("review-copy", view, diagnostics) ?? throw new InvalidOperationException("the review copy template did not render");
        photos.MakePrintFiles(markup.Files);
        BookletStage.LinkPhotos(markup.Files, Path.Combine(workspace, PrintPhotoMarkup.Folder));
        var htmlFile = Path.Combine(workspace, "review.html");
        await File.WriteAllTextAsync(htmlFile, html, cancellationToken);

        var key = BookletCache.Key(workspace, html, view.PrintedOn, $"review|{input.Settings.Images.PrintDpi}|{input.Settings.Images.PrintQuality}|{portrait.Language}");
        if (_cache.Find(portrait.Slug, key) is { } same)
        {
            _cache.RememberSources(portrait.Slug, sources);
            return same;
        }

        var printed = await new ReviewPrinter(browser).PrintAsync(htmlFile, cancellationToken);
        var summary = pdf.Summarize(printed.Pdf);
        var findings = Check(printed.Pdf, summary, $"{portrait.RelativeFolder}/index.md");
        return _cache.Store(portrait.Slug, key, sources, new FinishedBooklet(printed.Pdf, null, $"lines: {printed.Lines}\n", summary.PageCount, findings, new BookletLayout([], new Dictionary<string, int>())));
    }

    /// <summary>What a printer would stumble over: a font it must substitute, a stream it cannot read.</summary>
    private List<CachedFinding> Check(byte[] printed, PdfSummary summary, string file)
    {
        var findings = new List<CachedFinding>();
        var missing = summary.Fonts.Where(f => !f.Embedded).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            findings.Add(BookletCache.Finding(file, PrintMessages.ReviewFontsNotEmbedded(missing)));
        }

        if (pdf.BrokenStreams(printed).Count is > 0 and var broken)
        {
            findings.Add(BookletCache.Finding(file, PrintMessages.ReviewBrokenStreams(broken)));
        }

        return findings;
    }
}
