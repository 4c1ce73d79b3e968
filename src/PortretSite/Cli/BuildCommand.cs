using System.CommandLine;
using PortretSite.Build;

namespace PortretSite.Cli;

/// <summary><c>portret build</c> and <c>portret check</c>: the same pipeline, with or without writing.</summary>
internal static class BuildCommand
{
    public static Command Build()
    {
        var root = CliOptions.Root();
        var output = CliOptions.Output();
        var skipPrint = new Option<bool>("--skip-print") { Description = "Build the site but no booklets" };
        var verbose = CliOptions.Verbose();
        var command = new Command("build", "Validate, process photos, render and write the site and booklets") { root, output, skipPrint, verbose };
        command.SetAction((parse, cancellationToken) =>
        {
            var rootDir = parse.GetValue(root)!;
            return RunAsync(new BuildOptions
            {
                Root = rootDir.FullName,
                Output = parse.GetValue(output)?.FullName ?? Path.Combine(rootDir.FullName, "output"),
                SkipPrint = parse.GetValue(skipPrint),
            }, parse.GetValue(verbose), cancellationToken);
        });
        return command;
    }

    public static Command Check()
    {
        var root = CliOptions.Root();
        var verbose = CliOptions.Verbose();
        var command = new Command("check", "Validate the content and photos without writing the site") { root, verbose };
        command.SetAction((parse, cancellationToken) =>
        {
            var rootDir = parse.GetValue(root)!;
            return RunAsync(new BuildOptions { Root = rootDir.FullName, Output = Path.Combine(rootDir.FullName, "output"), CheckOnly = true }, parse.GetValue(verbose), cancellationToken);
        });
        return command;
    }

    public static Command Print()
    {
        var slug = new Argument<string>("slug") { Description = "The portrait's folder name, for example josee-verhaegen" };
        var root = CliOptions.Root();
        var output = CliOptions.Output();
        var command = new Command("print", "Print one portrait's booklet into <output>/print (any status: a draft prints for reading together)") { slug, root, output };
        command.SetAction((parse, cancellationToken) =>
        {
            var rootDir = parse.GetValue(root)!;
            return RunAsync(new BuildOptions
            {
                Root = rootDir.FullName,
                Output = parse.GetValue(output)?.FullName ?? Path.Combine(rootDir.FullName, "output"),
                OnlySlug = parse.GetValue(slug),
                Protect = false,
            }, verbose: false, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(BuildOptions options, bool verbose, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.Root))
        {
            await Console.Error.WriteLineAsync($"{options.Root}: the site folder does not exist / de map van de site bestaat niet");
            return ExitCodes.UsageError;
        }

        var result = await ConsoleProgress.RunAsync(progress => BuildPipeline.ForSite(options.Root, progress).RunAsync(options, cancellationToken));
        ConsoleReport.Diagnostics(result.Diagnostics, result.Language, Console.Error, verbose);
        ConsoleReport.Summary(result, Console.Out);
        return result.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
