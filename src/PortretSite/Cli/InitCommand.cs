using System.CommandLine;
using System.Globalization;
using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Content.Scaffolding;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;

namespace PortretSite.Cli;

/// <summary><c>portret init &lt;folder&gt;</c>: a clean site of one's own, outside the sample.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The new site's folder (made when it does not exist)" };
        var audienceId = new Option<string?>("--audience") { Description = "The id of the family who reads the site, for example familie-peeters" };
        var audienceName = new Option<string?>("--audience-name") { Description = "That family's name as they see it, for example \"Familie Peeters\"" };
        var language = new Option<string>("--language") { Description = "nl or en: the site's language and that of its messages", DefaultValueFactory = _ => "nl" };
        language.AcceptOnlyFromAmong("nl", "en");
        var command = new Command("init", "Start a new site of your own: settings with one family, an empty portraits folder, a README") { folder, audienceId, audienceName, language };
        command.SetAction(parse =>
        {
            var lang = parse.GetValue(language)!;
            var ui = UiLanguages.FromCode(lang);
            var audience = Audience(parse.GetValue(audienceId), parse.GetValue(audienceName), ui);
            if (audience is null)
            {
                Console.Error.WriteLine(InitMessages.AudienceNeeded.In(ui));
                return ExitCodes.UsageError;
            }

            if (!Slugs.IsValid(audience.Id))
            {
                Console.Error.WriteLine(ContentMessages.BadAudienceId(audience.Id).In(ui));
                return ExitCodes.UsageError;
            }

            var root = parse.GetValue(folder)!.FullName;
            var files = SiteScaffold.Files(new SiteStart(lang, audience, AudiencePasswords.VariableFor(audience.Id)));
            if (files.FirstOrDefault(f => Path.Exists(Path.Combine(root, f.RelativePath))) is { } existing)
            {
                Console.Error.WriteLine(InitMessages.AlreadyThere(existing.RelativePath).In(ui));
                return ExitCodes.UsageError;
            }

            foreach (var file in files)
            {
                var path = Path.Combine(root, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }

            var display = parse.GetValue(folder)!.ToString();
            Console.WriteLine(InitMessages.Created(display).In(ui));
            foreach (var file in files)
            {
                Console.WriteLine("  " + (Path.GetFileName(file.RelativePath) == ".gitkeep" ? Path.GetDirectoryName(file.RelativePath) + "/" : file.RelativePath));
            }

            Console.WriteLine(InitMessages.NextSteps(display, audience.Id).In(ui));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The family from the options, asked for at a terminal when missing; null when it cannot be known.</summary>
    private static Audience? Audience(string? id, string? name, UiLanguage ui)
    {
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(id) && !Console.IsInputRedirected)
        {
            Console.Write(InitMessages.AskAudienceName.In(ui));
            name = Console.ReadLine();
        }

        name = name?.Trim();
        id = id?.Trim();
        return (string.IsNullOrEmpty(id), string.IsNullOrEmpty(name)) switch
        {
            (true, true) => null,
            (true, false) => new Audience(Slugs.Suggest(name!), name!),
            (false, true) => new Audience(id!, NameFromId(id!)),
            _ => new Audience(id!, name!),
        };
    }

    /// <summary>"familie-peeters" → "Familie Peeters".</summary>
    private static string NameFromId(string id) =>
        string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
}
