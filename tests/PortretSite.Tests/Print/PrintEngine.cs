using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>
/// One real Chromium and the PDF tools for every print engine test, with the test documents
/// of <c>Fixtures/print</c> printed once and kept as files for the command-line readers.
/// </summary>
public sealed class PrintEngine : IAsyncLifetime
{
    public const double Mm = 72 / 25.4;

    /// <summary>A5 with 3 mm bleed, as the test documents' @page rule says.</summary>
    public static readonly PaperSize A5WithBleed = PaperSize.WithBleed(148, 210, 3);

    private readonly Dictionary<string, Task<string>> _printed = [];

    public BrowserHost Browser { get; } = new();

    public PdfSharpTools Pdf { get; } = new();

    public PdfPrinter Printer => new(Browser);

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "portret-print-" + Guid.NewGuid().ToString("N")[..8]);

    public static string Document(string name) => RepositoryPaths.Fixture(Path.Combine("print", name));

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Work);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Directory.Delete(Work, recursive: true);
    }

    /// <summary>The fixture document printed once (shared by the tests that read it), as a PDF file.</summary>
    public Task<string> PrintedAsync(string document)
    {
        lock (_printed)
        {
            if (!_printed.TryGetValue(document, out var printed))
            {
                printed = PrintAsync(document);
                _printed[document] = printed;
            }

            return printed;
        }
    }

    public string Save(string name, byte[] pdf)
    {
        var path = Path.Combine(Work, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    private async Task<string> PrintAsync(string document) =>
        Save(Path.ChangeExtension(document, ".pdf"), await Printer.PrintAsync(Document(document), A5WithBleed, CancellationToken.None));
}

[CollectionDefinition(Name)]
public sealed class PrintEngineCollection : ICollectionFixture<PrintEngine>
{
    public const string Name = "print engine";
}
