using PortretSite.Foundation.Diagnostics;
using PortretSite.Print.Pdf;

namespace PortretSite.Print.Readers;

/// <summary>Two engines drawing one half of a page differently.</summary>
public sealed record Disagreement(int Page, PageHalf Half, string Engine, string OtherEngine);

/// <summary>How the PDF engines read one PDF file, and whether they read it alike.</summary>
public sealed record PdfReadability(string File, IReadOnlyList<PdfStreamFault> BrokenStreams, IReadOnlyList<EngineReading> Readings, IReadOnlyList<Disagreement> Disagreements)
{
    public IEnumerable<PdfEngine> Unchecked => Readings.Where(r => !r.Available).Select(r => r.Engine);

    public bool Clean => !Problems().Any();

    /// <summary>Everything wrong with the file; engines that could not be run are not counted, see <see cref="Unchecked"/>.</summary>
    public IEnumerable<Message> Problems()
    {
        if (BrokenStreams.Count > 0)
        {
            yield return ReadabilityMessages.BrokenStreams(File, BrokenStreams.Select(s => s.ObjectNumber));
        }

        var read = Readings.Where(r => r.Available).ToList();
        foreach (var reading in read.Where(r => r.Failed))
        {
            yield return ReadabilityMessages.EngineFailed(File, reading.Engine.Name, reading.Warnings.Count > 0 ? reading.Warnings[0] : $"exit code {reading.ExitCode}");
        }

        foreach (var reading in read.Where(r => !r.Failed && r.Warnings.Count > 0))
        {
            yield return ReadabilityMessages.EngineWarns(File, reading.Engine.Name, reading.Warnings.Count, reading.Warnings[0]);
        }

        if (read.Select(r => r.PageCount).Distinct().Count() > 1)
        {
            yield return ReadabilityMessages.PageCountsDiffer(File, read.Select(r => (r.Engine.Name, r.PageCount)));
        }

        foreach (var disagreement in Disagreements)
        {
            yield return ReadabilityMessages.DrawnDifferently(File, disagreement);
        }
    }

    /// <summary>One line for the preflight: read cleanly by the engines that could be run, or not.</summary>
    public Message Summary()
    {
        var read = Readings.Where(r => r.Available).Select(r => r.Engine.Name).ToList();
        var verdict = read.Count == 0 ? ReadabilityMessages.NotChecked(File) : Clean ? ReadabilityMessages.ReadCleanly(File, read) : ReadabilityMessages.NotReadCleanly(File, Problems().Count());
        return Unchecked.Aggregate(verdict, (line, engine) => ReadabilityMessages.Join(line, ReadabilityMessages.EngineMissing(engine)));
    }
}
