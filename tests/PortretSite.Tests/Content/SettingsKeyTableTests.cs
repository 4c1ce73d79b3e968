using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary>
/// The README's settings table is the settings schema's rendering. When they disagree the test
/// fails; with PORTRET_REGENERATE_DOCS=1 it writes the rendering into the README instead.
/// </summary>
public sealed class SettingsKeyTableTests
{
    private const string Start = "<!-- settings-keys:";
    private const string End = "<!-- /settings-keys -->";

    [Fact]
    public void The_readmes_settings_table_is_the_schemas()
    {
        var path = Path.Combine(RepositoryPaths.Root, "README.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf('\n', text.IndexOf(Start, StringComparison.Ordinal)) + 1;
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start > 0 && end >= start, $"README.md needs a region {Start} … --> … {End}");
        var expected = SettingsKeyTable.Render(UiLanguage.English);

        if (Environment.GetEnvironmentVariable("PORTRET_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..start] + expected + text[end..]);
            return;
        }

        Assert.True(expected == text[start..end], "README.md: the settings table differs from SettingsSchema; regenerate it with PORTRET_REGENERATE_DOCS=1 dotnet test tests/PortretSite.Tests --filter SettingsKeyTableTests");
    }

    [Fact]
    public void The_table_shows_the_defaults_a_site_really_gets()
    {
        var table = SettingsKeyTable.Render(UiLanguage.English);

        Assert.Contains("| `Print.TrimSize` | `A5` |", table, StringComparison.Ordinal);
        Assert.Contains("| `Images.Widths` | `[480, 960, 1600, 2400]` |", table, StringComparison.Ordinal);
        Assert.Contains("| `Limits.MaxPhotosPerPortrait` | `300` |", table, StringComparison.Ordinal);
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 2;
        Assert.Equal(10 + 4 + 7 + 4 + 3, rows);
    }

    [Fact]
    public void Every_key_the_loader_accepts_is_in_the_schema_and_an_unknown_one_is_hinted_from_it()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Parse("""{ "Print": { "Bleed": 5, "CropMark": true }, "Limits": { "MaxMegapixels": 50 } }""", diagnostics);

        Assert.Equal((5.0, 50), (settings!.Print.BleedMm, settings.Limits.MaxMegapixels));
        var error = Assert.Single(diagnostics.ToList());
        Assert.Contains("'Print.CropMark'", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("'CropMarks'", error.Message.English, StringComparison.Ordinal);
    }
}
