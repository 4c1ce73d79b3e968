using System.Text.Json;
using System.Text.RegularExpressions;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Rendering;

/// <summary>The theme's two label files say the same things, and nothing the theme or the code asks for is missing from them.</summary>
public sealed partial class LabelCatalogueTests
{
    private static readonly string I18n = Path.Combine(RepositoryPaths.Root, "theme", "i18n");

    [Fact]
    public void Dutch_and_English_labels_have_the_same_keys_and_no_empty_text()
    {
        var dutch = Load("nl");
        var english = Load("en");

        Assert.Equal(dutch.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(dutch.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"label '{pair.Key}' is empty"));
    }

    [Fact]
    public void Every_label_a_template_or_the_code_uses_exists()
    {
        var keys = Load("en").Keys.ToHashSet(StringComparer.Ordinal);
        var templates = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "theme", "templates"), "*.hbs", SearchOption.AllDirectories)
            .SelectMany(file => TemplateLabel().Matches(File.ReadAllText(file)).Select(m => (File: file, Key: m.Groups[1].Value)));
        var code = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "PortretSite"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => CodeLabel().Matches(File.ReadAllText(file)).Select(m => (File: file, Key: m.Groups[1].Value)))
            .ToList();

        var used = templates.Concat(code).ToList();
        Assert.True(used.Count > 30, "the scan found the labels in use");
        var missing = used.Where(u => !keys.Contains(u.Key)).Select(u => $"{Path.GetFileName(u.File)}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "labels used but not defined:\n  " + string.Join("\n  ", missing));
    }

    private static Dictionary<string, string> Load(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(I18n, language + ".json")))!;

    [GeneratedRegex(@"\blabels\.([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex TemplateLabel();

    [GeneratedRegex(@"labels\[""([A-Za-z][A-Za-z0-9]*)""\]")]
    private static partial Regex CodeLabel();
}
