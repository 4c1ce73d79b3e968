using Microsoft.Playwright;

namespace PortretSite.Print.Browser;

/// <summary>
/// An HTML file open in its own browser context, laid out for print with its fonts and images
/// ready, that can be printed as often as needed; scripts may change <see cref="Page"/> between prints.
/// </summary>
public sealed class PrintablePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly PagePdfOptions _options;

    private PrintablePage(IBrowserContext context, IPage page, PaperSize paper)
    {
        _context = context;
        Page = page;
        _options = new PagePdfOptions
        {
            Width = paper.CssWidth,
            Height = paper.CssHeight,
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
        };
    }

    public IPage Page { get; }

    internal static async Task<PrintablePage> OpenAsync(BrowserHost browser, string htmlFile, PaperSize paper, CancellationToken cancellationToken)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = paper.Viewport }, cancellationToken);
        try
        {
            var page = await context.NewPageAsync().WaitAsync(cancellationToken);
            await page.GotoAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri).WaitAsync(cancellationToken);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).WaitAsync(cancellationToken);
            await page.EvaluateAsync(PageScripts.Ready).WaitAsync(cancellationToken);
            return new PrintablePage(context, page, paper);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>Prints the page as it is now, once fonts and images that scripts added are ready too.</summary>
    public async Task<byte[]> PrintAsync(CancellationToken cancellationToken)
    {
        await Page.EvaluateAsync(PageScripts.Ready).WaitAsync(cancellationToken);
        return await Page.PdfAsync(_options).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
