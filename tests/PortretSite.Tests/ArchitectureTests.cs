using System.Text.RegularExpressions;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests;

/// <summary>Every arrow between the pipeline's folders points one way, and the site's paths are named in one place.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src", "PortretSite");

    /// <summary>Which folders each folder may use: the floor, then the stages in the order they run, then what drives them.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new()
    {
        ["Foundation"] = [],
        ["Content"] = ["Foundation"],
        ["Publication"] = ["Foundation", "Content"],
        ["Search"] = ["Foundation", "Content", "Publication"],
        ["Images"] = ["Foundation", "Content"],
        ["Audio"] = ["Foundation", "Content", "Images"],
        ["Rendering"] = ["Foundation", "Content", "Publication", "Images", "Audio"],
        ["Print"] = ["Foundation", "Content", "Publication", "Images", "Audio", "Rendering"],
        ["Site"] = ["Foundation", "Content", "Publication", "Images", "Audio", "Rendering", "Search"],
        ["Build"] = ["Foundation", "Content", "Publication", "Images", "Audio", "Rendering", "Search", "Print", "Site"],
        ["Preview"] = ["Foundation", "Content", "Build"],
        ["Cli"] = ["Foundation", "Content", "Publication", "Images", "Audio", "Rendering", "Search", "Print", "Site", "Build", "Preview"],
    };

    [Fact]
    public void Each_folder_uses_only_the_folders_below_it()
    {
        Assert.Equal(MayUse.Keys.Order(StringComparer.Ordinal), Directory.EnumerateDirectories(Source).Select(Path.GetFileName).Where(n => n is not ("bin" or "obj")).Order(StringComparer.Ordinal));
        var wrong = new List<string>();
        foreach (var (folder, allowed) in MayUse)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories))
            {
                wrong.AddRange(ProjectReference().Matches(File.ReadAllText(file))
                    .Select(m => m.Groups[1].Value)
                    .Where(used => used != folder && !allowed.Contains(used))
                    .Select(used => $"{Path.GetRelativePath(Source, file)} uses {used}"));
            }
        }

        Assert.True(wrong.Count == 0, "arrows the wrong way:\n  " + string.Join("\n  ", wrong.Distinct()));
    }

    [Fact]
    public void Only_the_site_layout_spells_the_settings_file_and_the_local_state_folder()
    {
        var spelled = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "SiteLayout.cs")
            .Where(f => SitePath().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Source, f))
            .ToList();

        Assert.True(spelled.Count == 0, "paths spelled outside SiteLayout:\n  " + string.Join("\n  ", spelled));
    }

    // ".portret" as a folder name, not "window.portretItem".
    [GeneratedRegex(@"statiq\.json|(?<!\w)\.portret(?!\w)|input/portraits")]
    private static partial Regex SitePath();

    [GeneratedRegex(@"\bPortretSite\.(Foundation|Content|Publication|Images|Audio|Rendering|Search|Print|Site|Build|Preview|Cli)\b")]
    private static partial Regex ProjectReference();
}
