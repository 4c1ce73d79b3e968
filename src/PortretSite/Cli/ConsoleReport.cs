using System.Globalization;
using PortretSite.Build;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary>Writes what a build found and did: one line per problem on stderr, a short summary on stdout.</summary>
internal static class ConsoleReport
{
    /// <summary>The problems in path order, so each portrait's come together, with a blank line between portraits.</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, UiLanguage language, TextWriter error, bool verbose = false)
    {
        string? previousGroup = null;
        foreach (var diagnostic in diagnostics)
        {
            var group = Group(diagnostic.Path);
            if (previousGroup is not null && group != previousGroup)
            {
                error.WriteLine();
            }

            previousGroup = group;
            error.WriteLine(diagnostic.Format(language));
            if (verbose && diagnostic.Detail is { } detail)
            {
                error.WriteLine("    " + detail.ReplaceLineEndings(" "));
            }
        }
    }

    /// <summary>The portrait folder a path lies in, or the path itself.</summary>
    private static string Group(string path)
    {
        var prefix = SiteLayout.PortraitsFolderName + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return path;
        }

        var end = path.IndexOf('/', prefix.Length);
        return end < 0 ? path : path[..end];
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
            : string.Join(", ", result.Skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key).Select(g => SummaryMessages.Skipped(g.Count(), g.Key).In(language)));
        output.WriteLine(SummaryMessages.Portraits(result.PortraitsPublished, skipped).In(language));
        output.WriteLine(SummaryMessages.Photos(result.Photos.Total, result.Photos.Decoded, result.Photos.FromCache).In(language));
        if (result.Clips.Total > 0)
        {
            output.WriteLine(SummaryMessages.Clips(result.Clips.Total, result.Clips.Transcoded, result.Clips.FromCache).In(language));
        }

        output.WriteLine(SummaryMessages.Booklets(result.Booklets).In(language));
        if (result.InReviewEdition > 0)
        {
            output.WriteLine(SummaryMessages.InReview(result.InReviewEdition, result.ReviewFolder).In(language));
        }

        if (result.Withdrawn > 0)
        {
            output.WriteLine(SummaryMessages.Withdrawn(result.Withdrawn).In(language));
        }

        output.WriteLine(SummaryMessages.Problems(result.Errors, result.Warnings).In(language));
        output.WriteLine(SummaryMessages.Time(string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s"))).In(language));
    }
}
