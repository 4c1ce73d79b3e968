using PortretSite.Content;
using PortretSite.Content.Pages;
using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary>Site pages of input/pages: read through their schema, checked like a portrait, located at file and line.</summary>
public sealed class SitePageTests : IDisposable
{
    private const string File = "input/pages/spelregels.md";
    private readonly TempSite _site = new TempSite().WithPortrait("maria", TempSite.Approved("Maria"));

    public void Dispose() => _site.Dispose();

    private SiteContent Load(string markdown) => ContentLoader.Load(_site.WithPage("spelregels.md", markdown).Root);

    private const string GroundRules = """
        ---
        title: Onze spelregels
        kind: ground_rules
        audiences: [family-a]
        summary: Wat we afspraken.
        agreed:
          by: Noor en het team
          on: 2025-03-04
        ---
        1. Veiligheid en vertrouwen.
        2. Tijd.

        """;

    [Fact]
    public void Ground_rules_load_with_who_agreed_when_and_their_numbered_list()
    {
        var content = Load(GroundRules);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        var page = Assert.Single(content.Pages);
        Assert.Equal(("spelregels", "Onze spelregels", PagePurpose.GroundRules, "en"), (page.Slug, page.Title, page.Purpose, page.Language));
        Assert.Equal(["family-a"], page.Audiences);
        Assert.Equal("Wat we afspraken.", page.Summary);
        Assert.Equal(new Agreement("Noor en het team", new PartialDate(2025, 3, 4)), page.Agreed);
        Assert.Equal("input/pages/spelregels.md", page.RelativeFile);
        Assert.StartsWith("1. Veiligheid en vertrouwen.", page.Body, StringComparison.Ordinal);
        // The portraits are read as before, beside the pages.
        Assert.Single(content.Portraits);
    }

    [Fact]
    public void An_about_page_is_the_default_kind_and_takes_the_language_it_is_given()
    {
        var page = Assert.Single(Load("---\ntitle: Over deze site\nlanguage: nl\naudiences: [family-a, family-b]\n---\nTekst.\n").Pages);

        Assert.Equal((PagePurpose.About, "nl", (Agreement?)null), (page.Purpose, page.Language, page.Agreed));
        Assert.Equal(["family-a", "family-b"], page.Audiences);
    }

    [Theory]
    [InlineData("---\ntitle: Regels\naudiences: [family-a]\ntitel: x\n---\n", 4, "unknown key 'titel'; did you mean 'title'?")]
    [InlineData("---\ntitle: Regels\naudiences: [family-a]\nsamenvatting: x\n---\n", 4, "unknown key 'samenvatting'; keys are written in English: use 'summary'")]
    [InlineData("---\ntitle: Regels\naudiences: [family-a]\nagreed:\n  by: het team\n  wanneer: 2025\n---\n", 6, "unknown key 'agreed.wanneer'")]
    [InlineData("---\ntitle: Regels\naudiences: [family-a]\nagreed:\n  by: het team\n  on: 2025-02-30\n---\n", 6, "agreed.on: '2025-02-30' is not a date")]
    [InlineData("---\ntitle: Regels\nkind: regels\naudiences: [family-a]\n---\n", 3, "kind: 'regels' is not one of about, ground_rules")]
    [InlineData("---\ntitle: Regels\nkind: ground_rules\naudiences: [family-a]\n---\n1. Tijd.\n", 3, "kind is ground_rules, but agreed is missing")]
    [InlineData("---\naudiences: [family-a]\n---\n", 2, "title is required")]
    [InlineData("---\ntitle: Regels\n---\n", 2, "audiences is required")]
    [InlineData("---\ntitle: Regels\naudiences: [family-a]\n---\nTekst.\n\n<script>alert(1)</script>\n", 7, "raw HTML is not allowed")]
    [InlineData("---\ntitle: Regels\naudiences: [family-a]\n---\nZie [de brief](brief.docx).\n", 5, "the link 'brief.docx' goes nowhere")]
    public void A_mistake_is_reported_at_its_file_and_line(string markdown, int line, string message) =>
        HasErrorContaining(Load(markdown).Diagnostics, line, message);

    private static void HasErrorContaining(IReadOnlyList<Diagnostic> diagnostics, int line, string message) =>
        Assert.True(
            diagnostics.Any(d => d.IsError && d.Path == File && d.Line == line && d.Message.English.Contains(message, StringComparison.Ordinal)),
            $"expected an error at {File}:{line} saying '{message}', got:\n  {string.Join("\n  ", diagnostics)}");

    [Fact]
    public void An_audience_the_settings_do_not_know_is_an_error_at_its_item_and_never_a_guess()
    {
        var content = Load("---\ntitle: Regels\naudiences:\n  - family-a\n  - family-c\n---\n");

        HasErrorContaining(content.Diagnostics, 5, "audiences: 'family-c' is not an audience in statiq.json");
        Assert.DoesNotContain(content.Diagnostics, d => d.Message.English.Contains("did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_refused_with_a_suggestion()
    {
        var content = ContentLoader.Load(_site.WithPage("Onze Regels.md", "---\ntitle: Regels\naudiences: [family-a]\n---\n").Root);

        var error = Assert.Single(content.Diagnostics, d => d.IsError);
        Assert.Equal("input/pages/Onze Regels.md", error.Path);
        Assert.Contains("for example 'onze-regels.md'", error.Message.English, StringComparison.Ordinal);
        Assert.Empty(content.Pages);
    }

    [Fact]
    public void Other_files_in_the_pages_folder_are_not_pages()
    {
        _site.WithPage("notities.txt", "geen pagina").WithPage(".verborgen.md", "---\n---\n");

        var content = ContentLoader.Load(_site.Root);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        Assert.Empty(content.Pages);
    }
}
