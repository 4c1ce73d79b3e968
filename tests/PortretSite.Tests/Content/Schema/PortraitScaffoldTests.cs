using System.Text.RegularExpressions;
using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Content.Scaffolding;
using PortretSite.Content.Schema;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content.Schema;

/// <summary>The scaffold of <c>portret new</c> is the schema written out: every key, its question, and examples the schema accepts.</summary>
public sealed partial class PortraitScaffoldTests
{
    private static IEnumerable<(Key Key, string Indent)> AllKeys(IRecordShape record, string indent = "") =>
        record.Keys.Where(k => !k.Superseded && !k.ByCommand).SelectMany(k => new[] { (k, indent) }.Concat(
            k.Shape is { Layout: ExampleLayout.Nested, Record: { } nested } ? AllKeys(nested, indent + "  ") : []));

    [Theory]
    [InlineData("nl", PortraitKind.LifeStory)]
    [InlineData("en", PortraitKind.LifeStory)]
    [InlineData("nl", PortraitKind.LifeWorld)]
    [InlineData("en", PortraitKind.LifeWorld)]
    public void Every_key_and_every_question_of_the_kind_is_in_the_scaffold(string language, PortraitKind kind)
    {
        var index = PortraitScaffold.IndexMarkdown("Maria", language, new DateOnly(2026, 1, 2), kind);

        foreach (var (key, _) in AllKeys(PortraitSchema.Root))
        {
            Assert.Matches($@"(?m)^#?\s*(- )?{key.Name}:", index);
        }

        foreach (var question in PortraitSchema.Scaffold(kind).Where(e => !e.Key.Superseded).Select(e => e.Question).OfType<Message>())
        {
            Assert.Contains("# " + question.In(language == "en" ? UiLanguage.English : UiLanguage.Dutch).Replace("{name}", "Maria", StringComparison.Ordinal), index, StringComparison.Ordinal);
        }

        Assert.Contains(kind == PortraitKind.LifeWorld ? "kind: leefwereldportret" : "kind: levensportret", index, StringComparison.Ordinal);
        Assert.DoesNotContain("made_by:", index, StringComparison.Ordinal);
        Assert.DoesNotContain("wants_to_keep:", index, StringComparison.Ordinal);
        // The fingerprint is portret approve's to write.
        Assert.DoesNotContain("fingerprint:", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leefwereldportret_asks_its_own_questions_and_starts_from_today()
    {
        var lifeWorld = PortraitScaffold.IndexMarkdown("Noor", "nl", new DateOnly(2026, 1, 2), PortraitKind.LifeWorld);
        var lifeStory = PortraitScaffold.IndexMarkdown("Noor", "nl", new DateOnly(2026, 1, 2), PortraitKind.LifeStory);

        foreach (var question in new[] { "Waar ben je bang voor", "Wat gebeurde er de afgelopen maand?", "Wat wil je dat de mensen om je heen weten?" })
        {
            Assert.Contains(question, lifeWorld, StringComparison.Ordinal);
            Assert.DoesNotContain(question, lifeStory, StringComparison.Ordinal);
        }

        Assert.True(lifeWorld.IndexOf("# domains:", StringComparison.Ordinal) < lifeWorld.IndexOf("# timeline:", StringComparison.Ordinal), "a leefwereldportret asks about the domains before the life line");
        Assert.True(lifeStory.IndexOf("# timeline:", StringComparison.Ordinal) < lifeStory.IndexOf("# domains:", StringComparison.Ordinal), "a levensportret asks about the life line before the domains");
        Assert.Contains("wat loopt als een rode draad door je leven?", lifeStory, StringComparison.Ordinal);
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
