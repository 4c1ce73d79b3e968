using PortretSite.Foundation;
using System.CommandLine;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Settings;
using PortretSite.Site.Protection;

namespace PortretSite.Cli;

/// <summary><c>portret rotate</c>: a new site secret, so copies made before can no longer open new builds.</summary>
internal static class RotateCommand
{
    public static Command Create()
    {
        var root = CliOptions.Root();
        var command = new Command("rotate", "Make a new site secret: the next build encrypts everything anew") { root };
        command.SetAction(parse =>
        {
            var rootDir = parse.GetValue(root)!.FullName;
            var language = UiLanguages.FromCode(SettingsLoader.Load(rootDir, new DiagnosticBag())?.Language);
            if (Environment.GetEnvironmentVariable(SiteSecret.EnvironmentVariable) is { Length: > 0 })
            {
                Console.Error.WriteLine(ProtectionMessages.SecretFromEnvironment.In(language));
                return ExitCodes.UsageError;
            }

            SiteSecret.Rotate(rootDir);
            Console.WriteLine(ProtectionMessages.SecretRotated(SiteLayout.SiteSecretFileName).In(language));
            return ExitCodes.Success;
        });
        return command;
    }
}
