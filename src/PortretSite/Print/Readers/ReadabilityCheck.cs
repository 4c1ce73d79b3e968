using PortretSite.Print.Pdf;

namespace PortretSite.Print.Readers;

/// <summary>
/// Checks that a PDF is well formed and read the same by every engine: each compressed stream
/// decodes in full, the engines (poppler, Ghostscript and MuPDF) read every page without a warning
/// and count the same pages, and the drawings of those that draw hold the same content at 50 dpi
/// half by half (<see cref="PageLikeness"/>). Meant for every PDF PortretSite writes; an engine
/// that is not installed is named, not failed.
/// </summary>
public sealed class ReadabilityCheck(IPdfTools pdf, IReadOnlyList<PdfEngine> engines)
{
    public const int Dpi = 50;

    public ReadabilityCheck(IPdfTools pdf)
        : this(pdf, PdfEngine.All)
    {
    }

    /// <summary>Checks the PDF <paramref name="bytes"/>, named <paramref name="file"/> in what it reports, drawing in a scratch folder it removes again.</summary>
    public async Task<PdfReadability> CheckAsync(string file, byte[] bytes, string scratch, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(scratch, "read-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "document.pdf");
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
            var streams = Task.Run(() => pdf.BrokenStreams(bytes), cancellationToken);
            var readings = await Task.WhenAll(engines.Select(engine => EngineReading.ReadAsync(engine, path, Path.Combine(folder, engine.Executable), Dpi, cancellationToken)));
            return new PdfReadability(file, await streams, readings, Compare(readings));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every engine's drawing against the first engine's, page by page.</summary>
    private static List<Disagreement> Compare(EngineReading[] readings)
    {
        var drawn = readings.Where(r => r.Available && !r.Failed && r.Engine.Draws).ToList();
        var disagreements = new List<Disagreement>();
        foreach (var other in drawn.Skip(1))
        {
            var first = drawn[0];
            for (var page = 0; page < Math.Min(first.Pages.Count, other.Pages.Count); page++)
            {
                disagreements.AddRange(PageLikeness.Differing(first.Pages[page], other.Pages[page]).Select(half => new Disagreement(page + 1, half, first.Engine.Name, other.Engine.Name)));
            }
        }

        return disagreements;
    }
}
