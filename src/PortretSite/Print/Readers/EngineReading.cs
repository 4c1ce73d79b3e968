using System.ComponentModel;
using PortretSite.Foundation.Processes;

namespace PortretSite.Print.Readers;

/// <summary>What one engine made of a PDF: whether it could be run, what it warned about, how many pages it found, and its drawing of every page (when it draws).</summary>
public sealed record EngineReading(PdfEngine Engine, bool Available, int ExitCode, IReadOnlyList<string> Warnings, int PageCount, IReadOnlyList<GrayImage> Pages)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public bool Failed => ExitCode != 0;

    /// <summary>Runs the engine on a PDF file, drawing into an empty folder of its own.</summary>
    public static async Task<EngineReading> ReadAsync(PdfEngine engine, string pdf, string folder, int dpi, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        ToolRun run;
        try
        {
            run = await ToolProcess.RunAsync(engine.Executable, engine.Arguments(pdf, folder, dpi), Limit, cancellationToken);
        }
        catch (Win32Exception)
        {
            return new EngineReading(engine, Available: false, ExitCode: 0, [], 0, []);
        }

        var said = (run.Output + "\n" + run.Error).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var warnings = said.Except(engine.ToolNotes, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList();
        if (!engine.Draws)
        {
            var text = Path.Combine(folder, PdfEngine.TextFile);
            var pageCount = File.Exists(text) ? File.ReadAllText(text).Count(c => c == '\f') : 0;
            return new EngineReading(engine, Available: true, run.ExitCode, warnings, pageCount, []);
        }

        var pages = Directory.GetFiles(folder, "*.pgm").OrderBy(PageNumber).Select(file => GrayImage.ReadPgm(File.ReadAllBytes(file))).ToList();
        return new EngineReading(engine, Available: true, run.ExitCode, warnings, pages.Count, pages);
    }

    /// <summary>The page number at the end of a drawn page's file name (poppler pads it with zeros).</summary>
    private static int PageNumber(string file) => int.Parse(Path.GetFileNameWithoutExtension(file).Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture);
}
