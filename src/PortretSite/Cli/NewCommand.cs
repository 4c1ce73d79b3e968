using System.CommandLine;
using PortretSite.Content.Portraits;
using PortretSite.Content.Scaffolding;
using PortretSite.Content.Settings;

namespace PortretSite.Cli;

/// <summary><c>portret new "Full Name"</c>: a portrait folder with the guiding questions as comments.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The full name of the person portrayed" };
        var root = CliOptions.Root();
        var language = new Option<string?>("--language") { Description = "nl or en (default: the site's Language)" };
        language.AcceptOnlyFromAmong("nl", "en");
        var kind = new Option<string>("--kind") { Description = "levensportret (a life story, the default) or leefwereldportret (the world someone lives in now): the questions and their order follow it", DefaultValueFactory = _ => "levensportret" };
        kind.AcceptOnlyFromAmong("levensportret", "leefwereldportret");
        var command = new Command("new", "Start a new portrait folder") { name, root, language, kind };
        command.SetAction(parse =>
        {
            var rootDir = parse.GetValue(root)!.FullName;
            var fullName = parse.GetValue(name)!.Trim();
            var lang = parse.GetValue(language) ?? SiteLanguage(rootDir);
            if (fullName.Length == 0)
            {
                Console.Error.WriteLine("The name is empty / De naam is leeg");
                return ExitCodes.UsageError;
            }

            var folder = PortraitScaffold.FolderFor(rootDir, fullName);
            var display = Path.GetRelativePath(rootDir, folder).Replace('\\', '/');
            if (Directory.Exists(folder))
            {
                Console.Error.WriteLine(lang == "en" ? $"{display}: already exists; choose another name or edit it" : $"{display}: bestaat al; kies een andere naam of bewerk die map");
                return ExitCodes.ContentErrors;
            }

            Directory.CreateDirectory(Path.Combine(folder, "photos"));
            File.WriteAllText(Path.Combine(folder, "index.md"), PortraitScaffold.IndexMarkdown(fullName, lang, DateOnly.FromDateTime(DateTime.Now), parse.GetValue(kind) == "leefwereldportret" ? PortraitKind.LifeWorld : PortraitKind.LifeStory));
            Console.WriteLine(lang == "en" ? $"Created {display}/index.md — put photos in {display}/photos/" : $"{display}/index.md aangemaakt — zet foto's in {display}/photos/");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string SiteLanguage(string root)
    {
        var settings = SettingsLoader.Load(root, new Foundation.Diagnostics.DiagnosticBag());
        return settings?.Language ?? "nl";
    }
}
