namespace PortretSite.Print.Browser;

/// <summary>
/// An HTML file open in its own browser context, laid out for print with its fonts and images
/// ready, that can be printed as often as needed; scripts may change <see cref="Page"/> between prints.
/// </summary>
public sealed class PrintablePage : IAsyncDisposable
{
    private readonly PdfPrintOptions _options;

    private PrintablePage(BrowserPage page, PaperSize paper)
    {
        Page = page;
        _options = new PdfPrintOptions(paper);
    }

    public BrowserPage Page { get; }

    internal static async Task<PrintablePage> OpenAsync(BrowserHost browser, string htmlFile, PaperSize paper, CancellationToken cancellationToken)
    {
        var page = await browser.NewPageAsync(paper.Viewport, cancellationToken);
        try
        {
            await page.GotoAsync(new Uri(Path.GetFullPath(htmlFile)), cancellationToken);
            await page.EmulatePrintMediaAsync(cancellationToken);
            await page.EvaluateAsync(PageScripts.Ready, cancellationToken: cancellationToken);
            return new PrintablePage(page, paper);
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    /// <summary>Prints the page as it is now, once fonts and images that scripts added are ready too.</summary>
    public async Task<byte[]> PrintAsync(CancellationToken cancellationToken)
    {
        await Page.EvaluateAsync(PageScripts.Ready, cancellationToken: cancellationToken);
        return await Page.PrintToPdfAsync(_options, cancellationToken);
    }

    public async ValueTask DisposeAsync() => await Page.DisposeAsync();
}
