using System.CommandLine;
using System.Globalization;
using PortretSite.Content.Recognition;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary><c>portret approve &lt;slug&gt; --by "…" [--on DATE]</c>: records who recognised the portrait, when, and what they recognised.</summary>
internal static class ApproveCommand
{
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "The portrait's folder name, for example josee-verhaegen" };
        var by = new Option<string>("--by") { Description = "Who recognised the portrait: the person, or after a death the family", Required = true };
        var on = new Option<string?>("--on") { Description = "When, as YYYY-MM-DD (default: today)" };
        var root = CliOptions.Root();
        var command = new Command("approve", "Write the approval into the portrait's index.md, with a fingerprint of what was recognised, and set its status to approved") { slug, by, on, root };
        command.SetAction(parse =>
        {
            var rootDir = parse.GetValue(root)!.FullName;
            var language = UiLanguages.FromCode(SettingsLoader.Load(rootDir, new DiagnosticBag())?.Language);
            var who = parse.GetValue(by)!.Trim();
            if (who.Length == 0)
            {
                Console.Error.WriteLine(ApproveMessages.EmptyName.In(language));
                return ExitCodes.UsageError;
            }

            var written = parse.GetValue(on);
            var day = DateOnly.FromDateTime(DateTime.Now);
            if (written is not null && !DateOnly.TryParseExact(written.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                Console.Error.WriteLine(ApproveMessages.BadDate(written).In(language));
                return ExitCodes.UsageError;
            }

            var diagnostics = new DiagnosticBag();
            var approval = Approver.Approve(rootDir, parse.GetValue(slug)!.Trim(), who, day, diagnostics);
            ConsoleReport.Diagnostics(diagnostics.ToList(), language, Console.Error);
            if (approval is null)
            {
                return ExitCodes.ContentErrors;
            }

            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Console.WriteLine(ApproveMessages.Approved(approval.IndexDisplay, who, date, approval.Fingerprint.Written, approval.Fingerprint.Files.Count).In(language));
            return ExitCodes.Success;
        });
        return command;
    }
}
