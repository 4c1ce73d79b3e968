using PortretSite.Content.Pages;
using PortretSite.Content.Portraits;
using PortretSite.Content.Schema;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content.Schema;

/// <summary>
/// The key tables in the guides are the schema's rendering. When they disagree the test fails; with
/// PORTRET_REGENERATE_DOCS=1 it writes the rendering into the guide instead.
/// </summary>
public sealed class GuideKeyTableTests
{
    /// <param name="region">The generated region: <c>front-matter-keys</c> (a portrait's index.md) or <c>page-keys</c> (a site page).</param>
    [Theory]
    [InlineData("docs/GUIDE.nl.md", UiLanguage.Dutch, "front-matter-keys")]
    [InlineData("docs/GUIDE.en.md", UiLanguage.English, "front-matter-keys")]
    [InlineData("docs/GUIDE.nl.md", UiLanguage.Dutch, "page-keys")]
    [InlineData("docs/GUIDE.en.md", UiLanguage.English, "page-keys")]
    public void The_guides_key_table_is_the_schemas(string guide, UiLanguage language, string region)
    {
        var (startMarker, endMarker) = ($"<!-- {region}:", $"<!-- /{region} -->");
        var path = Path.Combine(RepositoryPaths.Root, guide);
        var text = File.ReadAllText(path);
        var start = text.IndexOf('\n', text.IndexOf(startMarker, StringComparison.Ordinal)) + 1;
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        Assert.True(start > 0 && end >= start, $"{guide} needs a region {startMarker} … --> … {endMarker}");
        var expected = GuideKeyTable.Render(region == "page-keys" ? PageSchema.Root : PortraitSchema.Root, language);

        if (Environment.GetEnvironmentVariable("PORTRET_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..start] + expected + text[end..]);
            return;
        }

        Assert.True(expected == text[start..end], $"{guide}: the key table differs from PortraitSchema; regenerate it with PORTRET_REGENERATE_DOCS=1 dotnet test tests/PortretSite.Tests --filter GuideKeyTableTests");
    }

    [Fact]
    public void Every_key_and_nested_key_has_a_row()
    {
        var table = GuideKeyTable.Render(PortraitSchema.Root, UiLanguage.English);

        foreach (var key in new[] { "`name`", "`approved.by`", "`roles.wants_to_keep`", "`timeline.mood`", "`typical_day.time`", "`photos.alt`" })
        {
            Assert.Contains(key, table, StringComparison.Ordinal);
        }

        Assert.Contains("`high` a high; `low` a low", table, StringComparison.Ordinal);
    }
}
