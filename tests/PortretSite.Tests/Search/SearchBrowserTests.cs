using Microsoft.Playwright;
using PortretSite.Search;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Search;

/// <summary>Searching the protected site in Chromium, served over http and opened as files, as each reader.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class SearchBrowserTests(SearchSite site, SharedBrowser browser)
{
    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task Josee_without_accent_finds_Josee_with_the_match_marked(string transport)
    {
        await using var visit = await OpenAsync(transport, SearchSite.FamilyPassword);

        var results = await SearchAsync(visit.Page, "#search-home-input", "josee");

        Assert.Equal(["Josée Marchal"], results);
        Assert.Equal("Josée", await visit.Page.TextContentAsync("#search-home .search__snippet mark"));
        var site = visit.Start.GetLeftPart(UriPartial.Path).Replace("index.html", "", StringComparison.Ordinal);
        Assert.DoesNotContain(visit.Requests, r => !r.StartsWith(site, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task An_inflected_dutch_word_finds_the_story_with_its_stem(string transport)
    {
        await using var visit = await OpenAsync(transport, SearchSite.FamilyPassword);

        var results = await SearchAsync(visit.Page, "#search-home-input", "wandelingen ");

        Assert.Equal(["Josée Marchal"], results);
        Assert.Equal("wandelen", await visit.Page.TextContentAsync("#search-home .search__snippet mark"));
        Assert.Equal("1 portret gevonden", await visit.Page.TextContentAsync("#search-home-count"));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task A_word_of_the_teams_part_finds_nothing_for_the_family_and_josee_for_the_team(string transport)
    {
        await using (var family = await OpenAsync(transport, SearchSite.FamilyPassword))
        {
            Assert.Empty(await SearchAsync(family.Page, "#search-home-input", SearchSite.TeamMarker.ToLowerInvariant()));
            Assert.Equal("Niets gevonden.", await family.Page.TextContentAsync("#search-home-count"));
        }

        await using var team = await OpenAsync(transport, SearchSite.TeamPassword);
        Assert.Equal(["Josée Marchal"], await SearchAsync(team.Page, "#search-home-input", SearchSite.TeamMarker.ToLowerInvariant()));
        Assert.Empty(await SearchAsync(team.Page, "#search-home-input", SearchSite.FamilyMarker.ToLowerInvariant()));
    }

    [Fact]
    public async Task Results_are_reached_and_opened_with_the_keyboard_from_the_header_field()
    {
        await using var visit = await OpenAsync("file", SearchSite.FamilyPassword);
        await visit.Page.FocusAsync(".masthead__title");
        await visit.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("search-header-input", await visit.Page.EvaluateAsync<string>("() => document.activeElement.id"));

        await visit.Page.Keyboard.TypeAsync("walks");
        await visit.Page.WaitForSelectorAsync("#search-header .search__link");
        await visit.Page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("Arthur Penwick", await visit.Page.EvaluateAsync<string>("() => document.activeElement.querySelector('.search__name').textContent"));
        await visit.Page.Keyboard.PressAsync("Enter");

        await visit.Page.WaitForSelectorAsync("article h1");
        Assert.Equal("Arthur Penwick", await visit.Page.TextContentAsync("article h1"));
        Assert.True(await visit.Page.IsHiddenAsync("#search-header-results"), "the header's results close once a portrait opens");
    }

    [Fact]
    public async Task Axe_finds_nothing_serious_with_results_open()
    {
        await using var visit = await OpenAsync("http", SearchSite.FamilyPassword);
        await SearchAsync(visit.Page, "#search-home-input", "wand");
        await AxeCheck.AssertNoSeriousViolationsAsync(visit.Page, "home with search results");

        await SearchAsync(visit.Page, "#search-header-input", "atelier");
        await AxeCheck.AssertNoSeriousViolationsAsync(visit.Page, "header search results");
    }

    /// <summary>The browser folds and stems every word of the sample portraits as the build does.</summary>
    [Fact]
    public async Task The_browser_folds_and_stems_every_sample_word_as_the_build_does()
    {
        await using var visit = await OpenAsync("file", password: null);
        var texts = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "input"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var words = texts.SelectMany(TextFolding.Words).Concat(["wandelingen", "wandeling", "mogelijkheden", "jaren", "bakken", "running", "stories", "danced"]).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(words.Length > 1000, "too few words to compare");

        var folded = await visit.Page.EvaluateAsync<string[][]>("texts => texts.map(t => Portret.searchWords.words(t))", texts);
        var stems = await visit.Page.EvaluateAsync<string[][]>("words => words.map(w => [Portret.searchWords.stem(w, 'nl'), Portret.searchWords.stem(w, 'en')])", words);

        Assert.Equal(texts.Select(t => TextFolding.Words(t).ToArray()), folded);
        var mismatches = words.Select((w, i) => (w, i))
            .Where(x => stems[x.i][0] != LightStemmer.Stem(x.w, "nl") || stems[x.i][1] != LightStemmer.Stem(x.w, "en"))
            .Select(x => $"{x.w}: js {stems[x.i][0]}/{stems[x.i][1]}, c# {LightStemmer.Stem(x.w, "nl")}/{LightStemmer.Stem(x.w, "en")}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    private static async Task<string[]> SearchAsync(IPage page, string field, string query)
    {
        var form = "#" + (await page.EvalOnSelectorAsync<string>(field, "input => input.form.id"));
        await page.FillAsync(field, "");
        await page.FocusAsync(field);
        await page.Keyboard.TypeAsync(query);
        await page.WaitForFunctionAsync("form => document.querySelector(form + ' .search__count').textContent !== ''", form);
        // The count is shown with the results; the last keystroke's answer is the one that stays.
        await page.WaitForTimeoutAsync(150);
        return [.. await page.Locator(form + " .search__name").AllTextContentsAsync()];
    }

    private async Task<Visit> OpenAsync(string transport, string? password)
    {
        StaticSiteServer? server = transport == "http" ? await StaticSiteServer.StartAsync(site.SiteFolder) : null;
        var start = server?.Address ?? new Uri(Path.Combine(site.SiteFolder, "index.html"));
        var (context, page) = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(start.AbsoluteUri);
        if (password is not null)
        {
            await UnlockForm.UnlockAsync(page, password);
            await page.WaitForSelectorAsync("#search-home-input");
        }

        return new Visit(context, page, requests, server, start);
    }

    private sealed record Visit(IBrowserContext Context, IPage Page, List<string> Requests, StaticSiteServer? Server, Uri Start) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            if (Server is not null)
            {
                await Server.DisposeAsync();
            }
        }
    }
}
