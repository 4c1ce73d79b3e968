using System.Text.RegularExpressions;
using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Content.Scaffolding;
using PortretSite.Content.Schema;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content.Schema;

/// <summary>The scaffold of <c>portret new</c> is the schema written out: every key, its question, and examples the schema accepts.</summary>
public sealed partial class PortraitScaffoldTests
{
    private static IEnumerable<(Key Key, string Indent)> AllKeys(IRecordShape record, string indent = "") =>
        record.Keys.SelectMany(k => new[] { (k, indent) }.Concat(
            k.Shape is { Layout: ExampleLayout.Nested, Record: { } nested } ? AllKeys(nested, indent + "  ") : []));

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_key_and_every_question_is_in_the_scaffold(string language)
    {
        var index = PortraitScaffold.IndexMarkdown("Maria", language, new DateOnly(2026, 1, 2));

        foreach (var (key, _) in AllKeys(PortraitSchema.Root))
        {
            Assert.Matches($@"(?m)^#?\s*(- )?{key.Name}:", index);
        }

        foreach (var question in PortraitSchema.Root.Keys.Select(k => k.Question).OfType<PortretSite.Foundation.Diagnostics.Message>())
        {
            Assert.Contains("# " + question.In(language == "en" ? PortretSite.Foundation.Diagnostics.UiLanguage.English : PortretSite.Foundation.Diagnostics.UiLanguage.Dutch).Replace("{name}", "Maria", StringComparison.Ordinal), index, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void With_every_key_filled_in_the_scaffold_has_no_unknown_or_missing_keys(string language)
    {
        using var site = new TempSite();
        var uncommented = CommentedKey().Replace(PortraitScaffold.IndexMarkdown("Maria", language, new DateOnly(2026, 1, 2)), "$1");
        site.WithPortrait("maria", uncommented);

        var content = ContentLoader.Load(site.Root);

        // The examples' placeholders (photos/…jpg, familie-…) are not real files or audiences; every key is known and complete.
        Assert.DoesNotContain(content.Diagnostics, d => d.Message.English.StartsWith("unknown key", StringComparison.Ordinal) || d.Message.English.Contains("required", StringComparison.Ordinal));
        var portrait = content.Portraits.Single();
        Assert.NotNull(portrait.Approved);
        Assert.NotEmpty(portrait.Roles);
        Assert.NotEmpty(portrait.TypicalDay);
    }

    [GeneratedRegex(@"(?m)^# ((?:- )?[a-z_]+:| +\S)")]
    private static partial Regex CommentedKey();
}
