using PortretSite.Foundation;
using System.CommandLine;

namespace PortretSite.Cli;

/// <summary>The options several commands share.</summary>
internal static class CliOptions
{
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = $"The site folder: holds {SiteLayout.SettingsFileName}, {SiteLayout.PortraitsFolderName}/ and optionally {SiteLayout.ThemeFolderName}/ (default: the current folder)",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<DirectoryInfo?> Output() => new("--output")
    {
        Description = "Where site/ and print/ are written (default: <root>/output)",
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Also show what the libraries said about each problem (the YAML parser's own words, for example)",
    };
}
