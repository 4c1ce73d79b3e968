using PortretSite.Content;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary>
/// The mistakes a volunteer makes in the front matter: each is named at the line where it was
/// made, in the editor's language, with the fix, and without a word of the YAML parser.
/// </summary>
public sealed class FrontMatterPitfallTests : IDisposable
{
    private const string Index = "input/portraits/jan/index.md";
    private const string DutchSite = """{ "Language": "nl", "Audiences": { "familie-peeters": "Familie Peeters" } }""";

    // Words of YamlDotNet's messages that must never reach an editor.
    private static readonly string[] ParserWords = ["While", "parsing", "scanning", "expected", "mapping", "scalar", "block", "token", "YAML", "Exception"];

    private readonly TempSite _site = new(DutchSite);

    public void Dispose() => _site.Dispose();

    public sealed record Mistake(string Name, string FrontMatter, int Line, string EnglishFix, string DutchFix)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Mistake> Pitfalls => new()
    {
        new(
            "a text starting with an apostrophe",
            "name: Jan Peeters\nthemes:\n  - feeling: Eenzaam\n    need: 's middags samen eten\n  - feeling: Onrust\n    need: een vaste plek\nplace: Lier",
            5,
            "put the whole text between double quotes: need: \"'s middags samen eten\"",
            "zet de hele tekst tussen dubbele aanhalingstekens: need: \"'s middags samen eten\""),
        new(
            "a colon inside a text",
            "name: Jan Peeters\ntimeline:\n  - date: 1962\n    text: Hij zegt: ze droeg een blauwe jurk\n    mood: high",
            5,
            "put the whole text between double quotes: text: \"Hij zegt: ze droeg een blauwe jurk\"",
            "zet de hele tekst tussen dubbele aanhalingstekens: text: \"Hij zegt: ze droeg een blauwe jurk\""),
        new(
            "a colon inside a text that holds double quotes",
            "name: Jan Peeters\nlegacy: Mijn motto: \"nooit opgeven\"",
            3,
            "write the text after '|' on the next lines, indented: legacy: |",
            "schrijf de tekst na '|' op de volgende regels, ingesprongen: legacy: |"),
        new(
            "a tab",
            "name: Jan Peeters\nroles:\n\t- role: grootvader",
            4,
            "indent with spaces only",
            "spring alleen in met spaties"),
        new(
            "a leading space left by removing the scaffold's #",
            "name: Jan Peeters\n born: 1941-05-02\nplace: Lier",
            3,
            "'born' starts with a space; a key at the top starts at the very left of the line, like 'name': remove the space",
            "'born' begint met een spatie; een sleutel bovenaan begint helemaal links op de regel, zoals 'name': haal de spatie weg"),
        new(
            "a list item at the wrong depth",
            "name: Jan Peeters\nroles:\n  - role: grootvader\n    when: 1970–\n   - role: kaartspeler\n    when: 1990–",
            6,
            "the list item's dash '-' is not in line with the dash on line 4; indent it exactly as far (2 spaces)",
            "het streepje '-' van het lijstitem staat niet recht onder het streepje op regel 4; laat het precies even ver inspringen (2 spaties)"),
        new(
            "a key inside a list item at the wrong depth",
            "name: Jan Peeters\nroles:\n  - role: grootvader\n   when: 1970–",
            5,
            "'when' is not in line with 'role' on line 4; indent it exactly as far (4 spaces)",
            "'when' staat niet recht onder 'role' op regel 4; laat het precies even ver inspringen (4 spaties)"),
        new(
            "a key indented further than the one above",
            "name: Jan Peeters\nroles:\n  - role: grootvader\n      when: 1970–",
            5,
            "'when' is indented further than line 4, but that line does not open a list or a group; put it right under 'role' on line 4",
            "'when' springt verder in dan regel 4, maar die regel opent geen lijst of groep; zet het recht onder 'role' op regel 4"),
        new(
            "an unclosed double quote",
            "name: Jan Peeters\nplace: \"Lier, aan de Nete\nkind: levensportret",
            3,
            "end the text with \" on the same line: place: \"Lier, aan de Nete\"",
            "sluit de tekst op dezelfde regel af met \": place: \"Lier, aan de Nete\""),
        new(
            "an unclosed list",
            "name: Jan Peeters\nvalues: [trouw, humor\nplace: Lier",
            3,
            "the list that starts with [ is not closed; end it with ] on the same line",
            "de lijst die begint met [ wordt niet gesloten; sluit hem op dezelfde regel af met ]"),
        new(
            "a text starting with a sign the front matter keeps",
            "name: Jan Peeters\nsummary: *Kaartspeler* en grootvader",
            3,
            "summary: the text starts with *",
            "summary: de tekst begint met *"),
    };

    [Theory]
    [MemberData(nameof(Pitfalls))]
    public void A_pitfall_is_named_at_its_line_in_the_editors_language_with_the_fix(Mistake @case)
    {
        var error = SingleError(@case.FrontMatter);

        Assert.Equal(Index, error.Path);
        Assert.Equal(@case.Line, error.Line);
        Assert.Contains(@case.EnglishFix, error.Message.English, StringComparison.Ordinal);
        Assert.Contains(@case.DutchFix, error.Format(UiLanguage.Dutch), StringComparison.Ordinal);
        Assert.All(ParserWords, word => Assert.DoesNotContain(word, error.Format(UiLanguage.Dutch), StringComparison.OrdinalIgnoreCase));
        Assert.All(ParserWords, word => Assert.DoesNotContain(word, error.Message.English, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_quoted_text_that_swallows_the_next_key_is_an_error_even_when_the_rest_reads()
    {
        // Read as one text, "s middags\nplace: Lier", this would silently lose 'place'.
        var error = SingleError("name: Jan Peeters\nsummary: 's middags aan tafel\nplace: Lier'");

        Assert.Equal(3, error.Line);
        Assert.StartsWith("summary: de tekst begint met een apostrof", error.Message.Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_the_checks_do_not_know_still_points_inside_the_front_matter_without_parser_words()
    {
        var error = SingleError("name: Jan Peeters\n? place\n: Lier\n- los");

        Assert.InRange(error.Line ?? 0, 2, 5);
        Assert.All(ParserWords, word => Assert.DoesNotContain(word, error.Message.Dutch, StringComparison.OrdinalIgnoreCase));
        Assert.False(string.IsNullOrEmpty(error.Detail), "the parser's own words stay available for --verbose");
    }

    [Theory]
    [InlineData("approved: *alias\ndied: []\nname: \nlanguage: []\ntypical_day: \n  - \u0017\n  - \n  - \n  - :")]
    [InlineData("name: Jan\ntypical_day:\n  - \u0017\n  - :")]
    public void Front_matter_the_parser_itself_trips_over_is_an_error_at_a_line_not_a_crash(string frontMatter)
    {
        var error = SingleError(frontMatter);

        Assert.NotNull(error.Line);
        Assert.All(ParserWords, word => Assert.DoesNotContain(word, error.Message.Dutch, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("name: Jan Peeters\nlegacy: |\n  Wat ik wil doorgeven: geduld.\n    # geen commentaar maar tekst\n  En humor.\nplace: Lier")]
    [InlineData("name: Jan Peeters\nsummary: \"Kaartspeler: de beste van Lier\"\nplace: 'Lier'")]
    [InlineData("name: Jan Peeters\nvalues: [trouw,\n  humor]\nplace: Lier")]
    [InlineData("name: Jan Peeters\nsummary: Een lange zin\n  die verder gaat op de volgende regel\nplace: Lier")]
    [InlineData("name: Jan Peeters\nroles:\n- role: grootvader\n  when: 1970–\n- role: kaartspeler\npeople:\n    - name: Mieke\n      relation: dochter")]
    [InlineData("name: Jan Peeters\ntypical_day:\n  - time: \"07:30\"\n    text: Koffie, 's morgens bij het raam")]
    public void Valid_front_matter_gives_no_pitfall(string frontMatter)
    {
        _site.WithPortrait("jan", $"---\n{frontMatter}\n---\nTekst.\n");

        DiagnosticAssert.NoErrors(ContentLoader.Load(_site.Root).Diagnostics);
    }

    private Diagnostic SingleError(string frontMatter)
    {
        _site.WithPortrait("jan", $"---\n{frontMatter}\n---\nTekst.\n");
        var errors = ContentLoader.Load(_site.Root).Diagnostics.Where(d => d.IsError).ToList();
        return Assert.Single(errors);
    }
}
