using System.Globalization;
using PortretSite.Build;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary>Writes what a build found and did: one line per problem on stderr, a short summary on stdout.</summary>
internal static class ConsoleReport
{
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, UiLanguage language, TextWriter error, bool verbose = false)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.Format(language));
            if (verbose && diagnostic.Detail is { } detail)
            {
                error.WriteLine("    " + detail.ReplaceLineEndings(" "));
            }
        }
    }

    public static void Summary(BuildResult result, TextWriter output)
    {
        var language = result.Language;
        if (result.Unchanged)
        {
            output.WriteLine(SummaryMessages.Unchanged(result.PortraitsPublished, result.Booklets, result.Warnings).In(language));
            return;
        }

        var skipped = result.Skipped.Count == 0
            ? null
            : string.Join(", ", result.Skipped.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => SummaryMessages.Skipped(g.Count(), g.Key).In(language)));
        output.WriteLine(SummaryMessages.Portraits(result.PortraitsPublished, skipped).In(language));
        output.WriteLine(SummaryMessages.Photos(result.Photos.Total, result.Photos.Decoded, result.Photos.FromCache).In(language));
        output.WriteLine(SummaryMessages.Booklets(result.Booklets).In(language));
        output.WriteLine(SummaryMessages.Problems(result.Errors, result.Warnings).In(language));
        output.WriteLine(SummaryMessages.Time(string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s"))).In(language));
    }
}
