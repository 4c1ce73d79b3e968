using PortretSite.Foundation;
using PortretSite.Publication;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary>The lines of a build's summary, in English and Dutch.</summary>
internal static class SummaryMessages
{
    public static Message Unchanged(int portraits, int booklets, int warnings) => new(
        $"Nothing changed since the last build: nothing written ({portraits} portraits, {booklets} booklets, {warnings} warnings)",
        $"Niets veranderd sinds de vorige build: niets geschreven ({portraits} portretten, {booklets} boekjes, {warnings} waarschuwingen)");

    public static Message Portraits(int published, string? skipped) => new(
        $"Portraits: {published} published" + (skipped is null ? "" : $", skipped: {skipped}"),
        $"Portretten: {published} gepubliceerd" + (skipped is null ? "" : $", overgeslagen: {skipped}"));

    public static Message Skipped(int count, PlanReason reason) => reason switch
    {
        PlanReason.Draft => new($"{count} draft", $"{count} concept"),
        PlanReason.InReview => new($"{count} in review", $"{count} ter inzage"),
        PlanReason.ChangedSinceApproval => new($"{count} changed since approval", $"{count} gewijzigd sinds de goedkeuring"),
        PlanReason.WithoutConsent => new($"{count} without consent", $"{count} zonder toestemming"),
        _ => new($"{count} approved without a password", $"{count} goedgekeurd zonder wachtwoord"),
    };

    public static Message Photos(int total, int decoded, int fromCache) => new(
        $"Photos: {total} ({decoded} processed, {fromCache} from cache)",
        $"Foto's: {total} ({decoded} verwerkt, {fromCache} uit de cache)");

    public static Message Clips(int total, int transcoded, int fromCache) => new(
        $"Recordings: {total} ({transcoded} converted, {fromCache} from cache)",
        $"Opnames: {total} ({transcoded} omgezet, {fromCache} uit de cache)");

    public static Message InReview(int count, string folder) => new(
        $"For review: {count} ({folder}: the review edition, each opened by its review passphrase, and the paper review copies)",
        $"Ter inzage: {count} ({folder}: de inzage-editie, elk portret met zijn eigen leeswachtwoord, en de papieren inzage-exemplaren)");

    public static Message Withdrawn(int count) => new(
        $"Withdrawn: {count} (not in the output; what was made of them is removed from {SiteLayout.LocalStateFolderName})",
        $"Ingetrokken: {count} (niet in de uitvoer; wat ervan gemaakt was, is uit {SiteLayout.LocalStateFolderName} gewist)");

    public static Message Booklets(int count) => new($"Booklets: {count}", $"Boekjes: {count}");

    public static Message Problems(int errors, int warnings) => new(
        $"Errors: {errors}, warnings: {warnings}",
        $"Fouten: {errors}, waarschuwingen: {warnings}");

    public static Message Time(string stages) => new($"Time: {stages}", $"Tijd: {stages}");
}
