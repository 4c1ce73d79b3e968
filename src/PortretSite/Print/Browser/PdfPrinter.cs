namespace PortretSite.Print.Browser;

/// <summary>
/// Prints local HTML files (which link their CSS, fonts and photos relative to themselves) to
/// PDF in the shared browser, a context per document.
/// </summary>
public sealed class PdfPrinter(BrowserHost browser)
{
    /// <summary>Opens a document for printing more than once (see <see cref="TwoPassPrint"/>); dispose it when done.</summary>
    public Task<PrintablePage> OpenAsync(string htmlFile, PaperSize paper, CancellationToken cancellationToken) =>
        PrintablePage.OpenAsync(browser, htmlFile, paper, cancellationToken);

    public async Task<byte[]> PrintAsync(string htmlFile, PaperSize paper, CancellationToken cancellationToken)
    {
        await using var page = await OpenAsync(htmlFile, paper, cancellationToken);
        return await page.PrintAsync(cancellationToken);
    }
}
