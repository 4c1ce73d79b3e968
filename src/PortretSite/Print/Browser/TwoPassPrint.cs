using PortretSite.Print.Pdf;

namespace PortretSite.Print.Browser;

/// <summary>
/// The contents entries of a document: elements matching <paramref name="Selector"/> whose
/// <c>data-*</c> attribute <paramref name="TargetAttribute"/> (in its dataset spelling) names
/// the id of the element whose page number they show.
/// </summary>
public sealed record ContentsEntries(string Selector, string TargetAttribute)
{
    /// <summary><c>&lt;span data-page-of="chapter-2"&gt;0&lt;/span&gt;</c></summary>
    public static readonly ContentsEntries Default = new("[data-page-of]", "pageOf");
}

/// <summary>A printed document and the page (1-based) each linked element landed on.</summary>
public sealed record NumberedPdf(byte[] Pdf, IReadOnlyDictionary<string, int> Pages, int Passes, bool Settled);

/// <summary>
/// Lets a document arrange itself once it knows where its parts landed (for example blank pages
/// before chapters that must start on the right) and returns the pages it expects them on next.
/// </summary>
public delegate Task<IReadOnlyDictionary<string, int>> PageArrangement(IReadOnlyDictionary<string, int> printed, CancellationToken cancellationToken);

/// <summary>
/// Prints a document whose contents show page numbers: the first print tells where every target
/// landed (from the PDF's named destinations), the numbers go into the contents, and the next
/// print is checked against them — printed again if anything moved, up to <see cref="MaxPasses"/>.
/// Placeholders as wide as the final numbers keep the contents from changing length.
/// </summary>
public sealed class TwoPassPrint(IPdfTools pdf)
{
    public const int MaxPasses = 4;

    public Task<NumberedPdf> PrintAsync(PrintablePage page, ContentsEntries contents, CancellationToken cancellationToken) =>
        PrintAsync(page, contents, (printed, _) => Task.FromResult(printed), cancellationToken);

    /// <summary>
    /// One print with the page numbers of an earlier print already in the contents (after
    /// <paramref name="arrange"/> restored that print's arrangement): the document when every
    /// target landed on the same page again, otherwise null, and the page is left as arranged.
    /// </summary>
    public async Task<NumberedPdf?> PrintAsExpectedAsync(PrintablePage page, ContentsEntries contents, IReadOnlyDictionary<string, int> expected, Func<Task> arrange, CancellationToken cancellationToken)
    {
        var entries = new { selector = contents.Selector, attribute = contents.TargetAttribute };
        await page.Page.EvaluateAsync(PageScripts.LinkTargets, entries, cancellationToken);
        await arrange().WaitAsync(cancellationToken);
        await page.Page.EvaluateAsync(PageScripts.WriteNumbers, new { entries.selector, entries.attribute, pages = expected }, cancellationToken);
        var printed = await page.PrintAsync(cancellationToken);
        var pages = pdf.NamedDestinations(printed);
        var same = pages.Count == expected.Count && expected.All(entry => pages.GetValueOrDefault(entry.Key) == entry.Value);
        return same ? new NumberedPdf(printed, pages, 1, Settled: true) : null;
    }

    public async Task<NumberedPdf> PrintAsync(PrintablePage page, ContentsEntries contents, PageArrangement arrange, CancellationToken cancellationToken)
    {
        var entries = new { selector = contents.Selector, attribute = contents.TargetAttribute };
        await page.Page.EvaluateAsync(PageScripts.LinkTargets, entries, cancellationToken);
        var printed = await page.PrintAsync(cancellationToken);
        var pages = pdf.NamedDestinations(printed);
        for (var pass = 2; pass <= MaxPasses; pass++)
        {
            var expected = await arrange(pages, cancellationToken);
            await page.Page.EvaluateAsync(PageScripts.WriteNumbers, new { entries.selector, entries.attribute, pages = expected }, cancellationToken);
            printed = await page.PrintAsync(cancellationToken);
            pages = pdf.NamedDestinations(printed);
            if (expected.All(entry => pages.GetValueOrDefault(entry.Key) == entry.Value))
            {
                return new NumberedPdf(printed, pages, pass, Settled: true);
            }
        }

        return new NumberedPdf(printed, pages, MaxPasses, Settled: false);
    }
}
