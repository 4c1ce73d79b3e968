using System.Text;
using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

public sealed class PortraitValidationTests : IDisposable
{
    private const string Index = "input/portraits/maria/index.md";
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<PortretSite.Foundation.Diagnostics.Diagnostic> Load(string index)
    {
        _site.WithPortrait("maria", index);
        return ContentLoader.Load(_site.Root).Diagnostics;
    }

    [Fact]
    public void A_valid_portrait_loads_without_errors()
    {
        var content = ContentLoader.Load(_site.WithPortrait("maria", TempSite.Approved()).Root);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        var portrait = Assert.Single(content.Portraits);
        Assert.Equal("Test Person", portrait.Name);
        Assert.Equal(new PartialDate(2024, 10, 2), portrait.Approved!.On);
    }

    [Theory]
    [InlineData("samenvatting: Bakkersdochter.", 8, "unknown key 'samenvatting'; keys are written in English: use 'summary'")]
    [InlineData("geboren: 1938", 8, "unknown key 'geboren'; keys are written in English: use 'born'")]
    [InlineData("timeline:\n  - date: 1962\n    title: Trouwdag\n    stemming: high", 11, "unknown key 'timeline.stemming'; keys are written in English: use 'timeline.mood'")]
    public void A_key_written_in_dutch_gets_its_english_name(string extra, int line, string message) =>
        DiagnosticAssert.HasError(Load(TempSite.Approved(extra: extra)), Index, line, message);

    [Fact]
    public void An_approval_that_lacks_its_date_names_only_the_date()
    {
        var diagnostics = Load("---\nname: Maria\nstatus: approved\napproved:\n  by: Maria\naudiences: [family-a]\n---\nTekst.\n");

        DiagnosticAssert.HasError(diagnostics, Index, 5, "approved.on is required");
        Assert.DoesNotContain(diagnostics, d => d.Message.English.Contains("approved.by", StringComparison.Ordinal));
        Assert.Single(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Unknown_key_is_an_error_with_a_hint()
    {
        var diagnostics = Load(TempSite.Approved(extra: "bron: 1938"));

        DiagnosticAssert.HasError(diagnostics, Index, 8, "unknown key 'bron'; did you mean 'born'?");
    }

    [Fact]
    public void Unknown_nested_key_names_its_parent()
    {
        var diagnostics = Load(TempSite.Approved(extra: "timeline:\n  - date: 1960\n    titel: Trouwdag"));

        DiagnosticAssert.HasError(diagnostics, Index, 10, "unknown key 'timeline.titel'; did you mean 'timeline.title'?");
    }

    [Theory]
    [InlineData("1938-13-01")]
    [InlineData("1938-02-30")]
    [InlineData("12-04-1938")]
    [InlineData("ergens in 1938")]
    public void Impossible_or_malformed_date_is_an_error(string date)
    {
        var diagnostics = Load(TempSite.Approved(extra: $"born: '{date}'"));

        DiagnosticAssert.HasError(diagnostics, Index, 8, $"born: '{date}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    [Theory]
    [InlineData("1938", 1938, null, null)]
    [InlineData("1938-04", 1938, 4, null)]
    [InlineData("1938-04-12", 1938, 4, 12)]
    public void Partial_dates_are_accepted(string date, int year, int? month, int? day)
    {
        _site.WithPortrait("maria", TempSite.Approved(extra: $"born: {date}"));
        var content = ContentLoader.Load(_site.Root);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        Assert.Equal(new PartialDate(year, month, day), content.Portraits[0].Born);
    }

    [Fact]
    public void Died_before_born_is_an_error()
    {
        var diagnostics = Load(TempSite.Approved(extra: "born: 1938-04-12\ndied: 1930"));

        DiagnosticAssert.HasError(diagnostics, Index, 9, "died: the date of death lies before the date of birth");
    }

    [Fact]
    public void Bad_status_is_an_error()
    {
        var diagnostics = Load("---\nname: Maria\nstatus: published\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 3, "status: 'published' is not one of draft, review, approved, withdrawn");
    }

    [Fact]
    public void Bad_kind_is_an_error()
    {
        var diagnostics = Load("---\nname: Maria\nkind: biografie\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 3, "kind: 'biografie' is not one of levensportret, leefwereldportret");
    }

    [Fact]
    public void Bad_mood_is_an_error()
    {
        var diagnostics = Load("---\nname: Maria\ntimeline:\n  - date: 1960\n    title: Trouwdag\n    mood: happy\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 6, "timeline.mood: 'happy' is not one of high, low, turn");
    }

    [Fact]
    public void A_list_where_text_is_expected_is_an_error()
    {
        var diagnostics = Load("---\nname: [Maria, Jan]\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 2, "name: expected text, found a list");
    }

    [Fact]
    public void Missing_name_is_an_error()
    {
        var diagnostics = Load("---\nplace: Gent\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 2, "name is required");
    }

    [Fact]
    public void Folder_name_that_is_not_a_slug_is_an_error()
    {
        _site.WithPortrait("Maria Van Damme", TempSite.Approved());

        var diagnostics = ContentLoader.Load(_site.Root).Diagnostics;

        DiagnosticAssert.HasError(diagnostics, "input/portraits/Maria Van Damme", null,
            "the folder name 'Maria Van Damme' is not a valid slug: use only lowercase a-z, 0-9 and '-' (for example 'maria-van-damme')");
    }

    [Fact]
    public void Reference_to_a_missing_photo_is_an_error_with_a_hint()
    {
        _site.WithPhoto("maria", "photos/dijk.jpg");

        var diagnostics = Load(TempSite.Approved(extra: "cover: photos/dyk.jpg"));

        DiagnosticAssert.HasError(diagnostics, Index, 8, "'photos/dyk.jpg' does not exist in the portrait folder; did you mean 'photos/dijk.jpg'?");
    }

    [Fact]
    public void Reference_with_dot_dot_outside_the_folder_is_an_error()
    {
        _site.WithPhoto("other", "photos/x.jpg");

        var diagnostics = Load(TempSite.Approved(extra: "cover: ../other/photos/x.jpg"));

        DiagnosticAssert.HasError(diagnostics, Index, 8, "'../other/photos/x.jpg' points outside the portrait folder; photos and files must be inside it");
    }

    [Fact]
    public void Absolute_reference_is_an_error()
    {
        var diagnostics = Load(TempSite.Approved(extra: "cover: /etc/passwd"));

        DiagnosticAssert.HasError(diagnostics, Index, 8, "'/etc/passwd' points outside the portrait folder; photos and files must be inside it");
    }

    [Fact]
    public void Reference_through_a_symlink_leaving_the_folder_is_an_error()
    {
        var outside = Path.Combine(_site.Root, "elsewhere.jpg");
        File.Copy(RepositoryPaths.Fixture("content/small.jpg"), outside);
        Directory.CreateDirectory(Path.Combine(_site.PortraitFolder("maria"), "photos"));
        File.CreateSymbolicLink(Path.Combine(_site.PortraitFolder("maria"), "photos", "link.jpg"), outside);

        var diagnostics = Load(TempSite.Approved(extra: "cover: photos/link.jpg"));

        DiagnosticAssert.HasError(diagnostics, Index, 8, "'photos/link.jpg' points outside the portrait folder; photos and files must be inside it");
    }

    [Fact]
    public void Photos_reached_only_through_an_outside_symlink_are_not_published()
    {
        var outside = Path.Combine(_site.Root, "elsewhere.jpg");
        File.Copy(RepositoryPaths.Fixture("content/small.jpg"), outside);
        _site.WithPortrait("maria", TempSite.Approved());
        Directory.CreateDirectory(Path.Combine(_site.PortraitFolder("maria"), "photos"));
        File.CreateSymbolicLink(Path.Combine(_site.PortraitFolder("maria"), "photos", "link.jpg"), outside);

        var content = ContentLoader.Load(_site.Root);

        Assert.Empty(content.Portraits[0].Photos);
    }

    [Fact]
    public void A_subfolder_linked_outside_shows_none_of_its_photos_and_a_reference_into_it_is_an_error()
    {
        var outside = Path.Combine(_site.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.Copy(RepositoryPaths.Fixture("content/small.jpg"), Path.Combine(outside, "dijk.jpg"));
        _site.WithPortrait("maria", TempSite.Approved());
        Directory.CreateDirectory(Path.Combine(_site.PortraitFolder("maria"), "photos"));
        Directory.CreateSymbolicLink(Path.Combine(_site.PortraitFolder("maria"), "photos", "elders"), outside);

        var content = ContentLoader.Load(_site.Root);
        var diagnostics = Load(TempSite.Approved(extra: "cover: photos/elders/dijk.jpg"));

        Assert.Empty(content.Portraits[0].Photos);
        DiagnosticAssert.HasError(diagnostics, Index, 8, "'photos/elders/dijk.jpg' points outside the portrait folder; photos and files must be inside it");
    }

    [Fact]
    public void Approved_without_approval_is_an_error()
    {
        var diagnostics = Load("---\nname: Maria\nstatus: approved\naudiences: [family-a]\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 3, "status is approved, but approved.by and approved.on are missing: who recognised the portrait, and when?");
    }

    [Fact]
    public void Approval_without_date_is_an_error()
    {
        var diagnostics = Load("---\nname: Maria\nstatus: approved\napproved:\n  by: Maria\naudiences: [family-a]\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 5, "approved.on is required");
    }

    [Fact]
    public void Approved_without_audiences_is_an_error()
    {
        var diagnostics = Load("---\nname: Maria\nstatus: approved\napproved:\n  by: Maria\n  on: 2024-10-02\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 3, "status is approved, but audiences is empty: say which family may read it (audiences: [id])");
    }

    [Fact]
    public void Audience_missing_from_settings_says_how_to_add_it_and_never_guesses_another_family()
    {
        var diagnostics = Load("---\nname: Maria\naudiences:\n  - family-a\n  - familie-a\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 5, "audiences: 'familie-a' is not an audience in statiq.json; to add this family, write \"familie-a\": \"Family …\" under \"Audiences\" there (its audiences now: family-a, family-b)");
        var error = diagnostics.Single(d => d.Line == 5);
        Assert.DoesNotContain("did you mean", error.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("bedoelde je", error.Message.Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error_naming_the_line()
    {
        var latin1 = Encoding.Latin1.GetBytes("---\nname: Maria\nplace: Li\u00e8ge\n---\n");
        _site.WithBytes("maria", "index.md", latin1);

        var diagnostics = ContentLoader.Load(_site.Root).Diagnostics;

        DiagnosticAssert.HasError(diagnostics, Index, 3, "this file is not UTF-8 text; save it as UTF-8 (in most editors: Save as… → Encoding: UTF-8)");
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        var text = TempSite.Approved(extra: "born: 1938-04-12").Replace("\n", "\r\n", StringComparison.Ordinal);
        _site.WithBytes("maria", "index.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var content = ContentLoader.Load(_site.Root);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        Assert.Equal("Test Person", content.Portraits[0].Name);
        Assert.Equal(new PartialDate(1938, 4, 12), content.Portraits[0].Born);
    }

    [Fact]
    public void Broken_yaml_names_the_line()
    {
        var diagnostics = Load("---\nname: Maria\nroles: [a, b\nplace: Gent\n---\n");

        DiagnosticAssert.HasError(diagnostics, Index, 3, "roles: the list that starts with [ is not closed; end it with ] on the same line");
    }

    [Fact]
    public void Raw_html_in_markdown_is_an_error_at_its_line()
    {
        var diagnostics = Load("---\nname: Maria\n---\nHello.\n\n<script>alert(1)</script>\n");

        DiagnosticAssert.HasError(diagnostics, Index, 6, "raw HTML is not allowed in a portrait ('<script>alert(1)</script>'); write plain text and Markdown instead");
    }

    [Fact]
    public void Image_in_a_chapter_file_outside_the_folder_is_an_error_at_its_line()
    {
        _site.WithFile("maria", "01-jeugd.md", "# Jeugd\n\nTekst.\n\n![Dijk](../../../secret.jpg)\n");

        var diagnostics = Load(TempSite.Approved());

        DiagnosticAssert.HasError(diagnostics, "input/portraits/maria/01-jeugd.md", 5, "'../../../secret.jpg' points outside the portrait folder; photos and files must be inside it");
    }

    [Fact]
    public void Link_to_a_local_file_is_an_error()
    {
        var diagnostics = Load("---\nname: Maria\n---\nSee [the notes](notes.txt).\n");

        DiagnosticAssert.HasError(diagnostics, Index, 4, "the link 'notes.txt' goes nowhere a reader can follow; link to a web page (https://…) or to a heading (#…)");
    }

    [Fact]
    public void All_errors_are_reported_in_one_run()
    {
        var diagnostics = Load("---\nname: Maria\nborn: 1938-13\nstatus: done\nkind: bio\n---\n");

        Assert.Equal(3, diagnostics.Count(d => d.IsError));
    }

    [Fact]
    public void Unlisted_photos_still_belong_to_the_portrait_after_the_listed_ones()
    {
        _site.WithPhoto("maria", "photos/a.jpg").WithPhoto("maria", "photos/b.jpg");

        var content = ContentLoader.Load(_site.WithPortrait("maria", TempSite.Approved(extra: "photos:\n  - file: photos/b.jpg\n    caption: Bee\n    alt: A bee")).Root);

        Assert.Equal(["photos/b.jpg", "photos/a.jpg"], content.Portraits[0].Photos.Select(p => p.File.RelativePath));
        Assert.Equal("Bee", content.Portraits[0].Photos[0].Caption);
    }

    [Fact]
    public void Photo_without_alt_text_is_a_warning_naming_the_photo()
    {
        _site.WithPhoto("maria", "photos/a.jpg");

        var diagnostics = Load(TempSite.Approved());

        Assert.Contains(diagnostics, d => !d.IsError && d.Path == Index && d.Message.English.StartsWith("photo 'photos/a.jpg' has no alt text", StringComparison.Ordinal));
    }

    [Fact]
    public void Folders_differing_only_in_case_are_an_error()
    {
        _site.WithPortrait("maria", TempSite.Approved());
        _site.WithPortrait("MARIA", TempSite.Approved());

        var diagnostics = ContentLoader.Load(_site.Root).Diagnostics;

        DiagnosticAssert.HasError(diagnostics, "input/portraits/maria", null, "this portrait folder differs from 'MARIA' only in upper/lower case; rename one of them");
    }
}
