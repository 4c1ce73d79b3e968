using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;

namespace PortretSite.Cli;

/// <summary><c>portret status [--json]</c>: a table of every portrait's status, approval, consent and last build.</summary>
internal static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Command Create()
    {
        var root = CliOptions.Root();
        var json = new Option<bool>("--json") { Description = "Write the status as JSON, for scripts" };
        var command = new Command("status", "Show every portrait: status, who approved it and when, whether it changed since, consent per audience and to print, and the last build") { root, json };
        command.SetAction(parse =>
        {
            var rootDir = parse.GetValue(root)!.FullName;
            if (!Directory.Exists(rootDir))
            {
                Console.Error.WriteLine($"{rootDir}: the site folder does not exist / de map van de site bestaat niet");
                return ExitCodes.UsageError;
            }

            var status = SiteStatus.Of(rootDir);
            Console.Write(parse.GetValue(json) ? AsJson(status) : AsText(status));
            if (status.Errors > 0)
            {
                Console.Error.WriteLine(StatusMessages.ContentErrors(status.Errors).In(status.Language));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static string AsJson(SiteStatus status) => JsonSerializer.Serialize(
        new
        {
            lastBuild = status.LastBuild,
            portraits = status.Portraits.Select(p => new
            {
                slug = p.Slug,
                name = p.Name,
                status = p.Status,
                approved = p.ApprovedBy is null ? null : new ApprovedJson(p.ApprovedBy, p.ApprovedOn),
                approval = p.Approval,
                changedFiles = p.ChangedFiles,
                consent = new { recorded = p.ConsentRecorded, audiences = p.WithConsent, without = p.WithoutConsent, print = p.PrintConsent },
                publishedInLastBuild = p.PublishedInLastBuild,
            }),
        },
        Json) + "\n";

    private sealed record ApprovedJson(string By, string? On);

    public static string AsText(SiteStatus status)
    {
        var language = status.Language;
        var withBuild = status.LastBuild is not null;
        var header = new List<Message> { StatusMessages.Portrait, StatusMessages.Status, StatusMessages.Approved, StatusMessages.Changed, StatusMessages.WithConsent, StatusMessages.WithoutConsent, StatusMessages.Print };
        if (withBuild)
        {
            header.Add(StatusMessages.LastBuild);
        }

        var rows = new List<IReadOnlyList<string>> { header.Select(h => h.In(language)).ToList() };
        rows.AddRange(status.Portraits.Select(p => Cells(p, withBuild, language)));
        var text = new StringBuilder();
        text.AppendLine(withBuild
            ? StatusMessages.LastBuildAt(status.LastBuild!.Value.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).In(language)
            : StatusMessages.NoBuildYet.In(language));
        text.AppendLine();
        var widths = Enumerable.Range(0, rows[0].Count).Select(c => rows.Max(r => r[c].Length)).ToList();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
            if (i == 0)
            {
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }

        return text.ToString();
    }

    private static List<string> Cells(PortraitStatusRow p, bool withBuild, UiLanguage language)
    {
        const string None = "—";
        var changed = p.Approval switch
        {
            ApprovalState.Recognised => StatusMessages.No.In(language),
            ApprovalState.ChangedSinceApproval => StatusMessages.ChangedFiles(string.Join(", ", p.ChangedFiles)).In(language),
            ApprovalState.WithoutFingerprint => StatusMessages.NoFingerprint.In(language),
            _ => None,
        };
        var cells = new List<string>
        {
            p.Slug,
            p.Status.ToString().ToLowerInvariant(),
            p.ApprovedBy is null ? None : StatusMessages.ApprovedBy(p.ApprovedBy, p.ApprovedOn ?? "").In(language),
            changed,
            p.ConsentRecorded ? List(p.WithConsent) : StatusMessages.NotRecorded.In(language),
            p.ConsentRecorded ? List(p.WithoutConsent) : None,
            p.ConsentRecorded ? (p.PrintConsent ? StatusMessages.Yes : StatusMessages.No).In(language) : StatusMessages.NotRecorded.In(language),
        };
        if (withBuild)
        {
            cells.Add(p.PublishedInLastBuild switch
            {
                true => StatusMessages.Published.In(language),
                false => StatusMessages.NotPublished.In(language),
                null => None,
            });
        }

        return cells;

        static string List(IReadOnlyList<string> items) => items.Count == 0 ? None : string.Join(", ", items);
    }
}
