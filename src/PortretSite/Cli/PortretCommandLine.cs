using System.CommandLine;

namespace PortretSite.Cli;

/// <summary>The <c>portret</c> command line: parses, dispatches, and maps usage errors to exit code 2.</summary>
public static class PortretCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        // "portret help" and "portret help build" say what --help says.
        if (args is ["help", .. var about])
        {
            args = [.. about, "--help"];
        }

        var root = new RootCommand("PortretSite: private family websites and print-ready booklets from portrait folders")
        {
            BuildCommand.Build(),
            BuildCommand.Check(),
            BuildCommand.Print(),
            InitCommand.Create(),
            NewCommand.Create(),
            ApproveCommand.Create(),
            StatusCommand.Create(),
            ServeCommand.Create(),
            RotateCommand.Create(),
            ReadersCommand.Create(),
            PassphraseCommand.Create(),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            await Console.Error.WriteLineAsync("Run 'portret help' for usage.");
            return ExitCodes.UsageError;
        }

        return await parse.InvokeAsync();
    }
}
