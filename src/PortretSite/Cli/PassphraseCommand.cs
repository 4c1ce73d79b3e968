using System.CommandLine;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication.Passphrases;

namespace PortretSite.Cli;

/// <summary><c>portret passphrase</c>: a passphrase from the cryptographic random source, for an audience password or anywhere else.</summary>
internal static class PassphraseCommand
{
    public static Command Create()
    {
        var language = new Option<string?>("--language") { Description = "The word list: nl or en (default: the site's language)" };
        var words = new Option<int>("--words") { Description = "How many words (at least 6)", DefaultValueFactory = _ => PassphraseGenerator.DefaultWords };
        var root = CliOptions.Root();
        var command = new Command("passphrase", "Print a new random passphrase (six words, 77 bits or more) and its entropy") { language, words, root };
        command.SetAction(parse =>
        {
            var settings = SettingsLoader.Load(parse.GetValue(root)!.FullName, new DiagnosticBag());
            var ui = UiLanguages.FromCode(settings?.Language);
            var passphrase = PassphraseGenerator.Generate(parse.GetValue(language) ?? settings?.Language ?? "nl", parse.GetValue(words));
            Console.WriteLine(passphrase.Text);
            // The entropy goes to the error stream, so the passphrase alone can be captured by a script.
            Console.Error.WriteLine(ReadersMessages.Entropy(passphrase.WordCount, passphrase.ListSize, passphrase.EntropyBits).In(ui));
            return ExitCodes.Success;
        });
        return command;
    }
}
