using PortretSite.Content.Portraits;
using System.Globalization;
using PortretSite.Build;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary>Writes what a build found and did: one line per problem on stderr, a short summary on stdout.</summary>
internal static class ConsoleReport
{
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, UiLanguage language, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.Format(language));
        }
    }

    public static void Summary(BuildResult result, TextWriter output)
    {
        var nl = result.Language == UiLanguage.Dutch;
        if (result.Unchanged)
        {
            output.WriteLine(nl
                ? $"Niets veranderd sinds de vorige build: niets geschreven ({result.PortraitsPublished} portretten, {result.Booklets} boekjes, {result.Warnings} waarschuwingen)"
                : $"Nothing changed since the last build: nothing written ({result.PortraitsPublished} portraits, {result.Booklets} booklets, {result.Warnings} warnings)");
            return;
        }

        var skipped = result.Skipped.Count == 0
            ? ""
            : string.Join(", ", result.Skipped.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {StatusWord(g.Key, nl)}"));
        output.WriteLine(nl
            ? $"Portretten: {result.PortraitsPublished} gepubliceerd" + (skipped.Length > 0 ? $", overgeslagen: {skipped}" : "")
            : $"Portraits: {result.PortraitsPublished} published" + (skipped.Length > 0 ? $", skipped: {skipped}" : ""));
        output.WriteLine(nl
            ? $"Foto's: {result.Photos.Total} ({result.Photos.Decoded} verwerkt, {result.Photos.FromCache} uit de cache)"
            : $"Photos: {result.Photos.Total} ({result.Photos.Decoded} processed, {result.Photos.FromCache} from cache)");
        output.WriteLine(nl ? $"Boekjes: {result.Booklets}" : $"Booklets: {result.Booklets}");
        output.WriteLine(nl
            ? $"Fouten: {result.Errors}, waarschuwingen: {result.Warnings}"
            : $"Errors: {result.Errors}, warnings: {result.Warnings}");
        output.WriteLine((nl ? "Tijd: " : "Time: ") + string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s")));
    }

    private static string StatusWord(PortraitStatus status, bool dutch) => (status, dutch) switch
    {
        (PortraitStatus.Draft, true) => "concept",
        (PortraitStatus.Review, true) => "ter inzage",
        (PortraitStatus.Draft, false) => "draft",
        (PortraitStatus.Review, false) => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
