using System.CommandLine;
using PortretSite.Preview;

namespace PortretSite.Cli;

/// <summary><c>portret serve</c>: the live preview for editors.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var root = CliOptions.Root();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Preview the site on this computer, drafts included, rebuilt on every save") { root, port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rootDir = parse.GetValue(root)!.FullName;
            if (!Directory.Exists(rootDir))
            {
                await Console.Error.WriteLineAsync($"{rootDir}: the site folder does not exist / de map van de site bestaat niet");
                return ExitCodes.UsageError;
            }

            await using var session = new PreviewSession(rootDir, Console.Out, Console.Error);
            var address = await session.StartAsync(parse.GetValue(port), cancellationToken);
            await Console.Out.WriteLineAsync($"Preview / voorvertoning: {address}  (Ctrl+C)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
