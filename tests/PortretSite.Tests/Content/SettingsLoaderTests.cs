using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Settings;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

public sealed class SettingsLoaderTests
{
    private static (SiteSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Parse(string json)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Parse(json, diagnostics);
        return (settings, diagnostics.ToList());
    }

    [Fact]
    public void Empty_object_gives_the_defaults()
    {
        var (settings, diagnostics) = Parse("{}");

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal("nl", settings!.Language);
        Assert.Equal(TrimSize.A5, settings.Print.Trim);
        Assert.Equal(3, settings.Print.BleedMm);
        Assert.Equal([480, 960, 1600, 2400], settings.Images.Widths);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var (settings, diagnostics) = Parse("{\n  // the name\n  \"Title\": \"Ons\",\n}");

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal("Ons", settings!.Title);
    }

    [Fact]
    public void Unknown_key_is_an_error_with_a_hint_at_its_line()
    {
        var (_, diagnostics) = Parse("{\n  \"Title\": \"Ons\",\n  \"Langauge\": \"en\"\n}");

        DiagnosticAssert.HasError(diagnostics, "statiq.json", 3, "unknown setting 'Langauge'; did you mean 'Language'?");
    }

    [Fact]
    public void Unknown_nested_key_names_its_section()
    {
        var (_, diagnostics) = Parse("{\n  \"Print\": {\n    \"Bled\": 3\n  }\n}");

        DiagnosticAssert.HasError(diagnostics, "statiq.json", 3, "unknown setting 'Print.Bled'; did you mean 'Bleed'?");
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var (settings, diagnostics) = Parse("{\n  \"Title\": \"Ons\"\n  \"Language\": \"nl\"\n}");

        Assert.Null(settings);
        Assert.Contains(diagnostics, d => d.IsError && d.Path == "statiq.json" && d.Line == 3 && d.Message.English.StartsWith("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_type_is_an_error()
    {
        var (_, diagnostics) = Parse("{\n  \"Images\": { \"Widths\": \"480\" }\n}");

        DiagnosticAssert.HasError(diagnostics, "statiq.json", 2, "Widths: expected a list of numbers, found \"480\"");
    }

    [Fact]
    public void Language_must_be_nl_or_en()
    {
        var (_, diagnostics) = Parse("{ \"Language\": \"fr\" }");

        DiagnosticAssert.HasError(diagnostics, "statiq.json", 1, "Language: 'fr' is not one of nl, en");
    }

    [Fact]
    public void Audience_ids_must_be_slugs()
    {
        var (_, diagnostics) = Parse("{ \"Audiences\": { \"Familie A\": \"A\" } }");

        DiagnosticAssert.HasError(diagnostics, "statiq.json", 1, "audience id 'Familie A' may only hold a-z, 0-9 and '-' (it names the password variable PORTRET_PASSWORD_…)");
    }

    [Fact]
    public void An_audience_is_a_family_by_its_label_alone_or_of_the_kind_it_names()
    {
        var (settings, diagnostics) = Parse("""
            {
              "Audiences": {
                "familie-a": "Familie A",
                "zorgteam-de-linde": { "Label": "Zorgteam De Linde", "Kind": "team", "Language": "en" },
                "alleen-noor": { "Label": "Noor", "Kind": "self" }
              }
            }
            """);

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal(
            [("familie-a", "Familie A", AudienceKind.Family, (string?)null), ("zorgteam-de-linde", "Zorgteam De Linde", AudienceKind.Team, "en"), ("alleen-noor", "Noor", AudienceKind.Self, null)],
            settings!.Audiences.Select(a => (a.Id, a.DisplayName, a.Kind, a.Language)));
    }

    [Fact]
    public void A_described_audience_needs_a_label_and_a_known_kind()
    {
        var (_, diagnostics) = Parse("""
            {
              "Audiences": {
                "team-a": { "Kind": "team" },
                "team-b": { "Label": "Team B", "Kind": "school", "Lang": "nl" }
              }
            }
            """);

        DiagnosticAssert.HasError(diagnostics, "statiq.json", 3, "audience 'team-a' needs a display name, like \"team-a\": \"Familie …\"");
        DiagnosticAssert.HasError(diagnostics, "statiq.json", 4, "Kind: 'school' is not one of family, team, self");
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Line == 4 && d.Message.English.Contains("Audiences.team-b.Lang", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A4", 210, 297)]
    [InlineData("a5", 148, 210)]
    [InlineData("170x240mm", 170, 240)]
    public void Trim_sizes_by_name_or_millimetres(string value, double width, double height)
    {
        var (settings, diagnostics) = Parse($"{{ \"Print\": {{ \"TrimSize\": \"{value}\" }} }}");

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal((width, height), (settings!.Print.Trim.WidthMm, settings.Print.Trim.HeightMm));
    }

    [Fact]
    public void Missing_settings_file_is_an_error()
    {
        using var site = new TempSite(settings: null);
        var diagnostics = new DiagnosticBag();

        Assert.Null(SettingsLoader.Load(site.Root, diagnostics));
        DiagnosticAssert.HasError(diagnostics.ToList(), "statiq.json", null, "not found: a site folder holds statiq.json (use --root to point to the site folder)");
    }
}
