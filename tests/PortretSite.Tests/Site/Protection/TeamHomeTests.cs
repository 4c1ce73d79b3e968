using Microsoft.Playwright;
using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// A protected site read by a care team and a family: three residents whose folders are not in the
/// order of their names, two with a room, one also read by the family.
/// </summary>
public sealed class TeamSite : IAsyncLifetime
{
    public const string TeamPassword = "de linde schenkt om tien uur koffie";
    public const string FamilyPassword = "bram zijn familie komt op zondag";

    private readonly TempSite _site = new("""
        {
          "Title": "Onze verhalen",
          "Language": "nl",
          "Audiences": {
            "familie-ceulemans": "Familie Ceulemans",
            "zorgteam-linde": { "Label": "Zorgteam De Linde", "Kind": "team" }
          }
        }
        """);

    public string SiteFolder => Path.Combine(_site.Output, "site");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _site
            .WithPhoto("amberg", "photos/zelda.jpg")
            .WithPortrait("amberg", Resident("Zelda Amberg", "[zorgteam-linde]", "group: Afdeling De Linde, kamer 3\ncover: photos/zelda.jpg\nphotos:\n  - file: photos/zelda.jpg\n    alt: Zelda aan het raam"))
            .WithPortrait("ceulemans", Resident("Bram Ceulemans", "[familie-ceulemans, zorgteam-linde]", "group: Afdeling De Linde, kamer 1"))
            .WithPortrait("dewaele", Resident("Anna Dewaele", "[zorgteam-linde]", ""));
        File.WriteAllText(Path.Combine(_site.Root, ".portret", "passwords"), $"zorgteam-linde: {TeamPassword}\nfamilie-ceulemans: {FamilyPassword}\n");
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, SkipPrint = true }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static string Resident(string name, string audiences, string extra) => $"""
        ---
        name: {name}
        status: approved
        approved:
          by: {name}
          on: 2025-10-03
        audiences: {audiences}
        address_as: {name.Split(' ')[0]}, met je en jij
        helps: [Eerst koffie; dan pas de verzorging]
        avoid: [Haar opjagen]
        {extra}
        ---
        {name} vertelde over vroeger.
        """;
}

[CollectionDefinition(Name)]
public sealed class TeamSiteCollection : ICollectionFixture<TeamSite>, ICollectionFixture<SharedBrowser>
{
    public const string Name = "team site";
}

/// <summary>A team's home is an overview with each one's card; a family's home and pages stay without cards.</summary>
[Collection(TeamSiteCollection.Name)]
public sealed class TeamHomeTests(TeamSite site, SharedBrowser browser)
{
    private async Task<(IBrowserContext Context, IPage Page)> UnlockAsync(string password, int width = 1280)
    {
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.IsError);
        var (context, page) = await browser.NewPageAsync(width);
        await page.GotoAsync(new Uri(Path.Combine(site.SiteFolder, "index.html")).AbsoluteUri);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#unlock-button");
        await page.WaitForSelectorAsync(".card__name");
        return (context, page);
    }

    [Fact]
    public async Task A_team_sees_everyone_sorted_by_name_with_their_group_and_card()
    {
        var (context, page) = await UnlockAsync(TeamSite.TeamPassword);
        await using var _ = context;

        Assert.Equal(["Anna Dewaele", "Bram Ceulemans", "Zelda Amberg"], await page.Locator(".card__name").AllTextContentsAsync());
        Assert.Equal(["Afdeling De Linde, kamer 1", "Afdeling De Linde, kamer 3"], await page.Locator(".card__group").AllTextContentsAsync());
        Assert.Equal(["Kaart van Anna Dewaele", "Kaart van Bram Ceulemans", "Kaart van Zelda Amberg"], await page.Locator(".card__me-link").AllTextContentsAsync());
        Assert.All(await page.Locator(".card__me-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"), href => Assert.StartsWith("#/c/", href));
        Assert.StartsWith("De mensen met wie jullie werken", await page.TextContentAsync(".home__intro"));
        // The unlock form's wording is not the home's: only the list itself is asked.
        Assert.DoesNotContain("famil", (await page.TextContentAsync(".home"))!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_card_is_one_tap_from_the_team_home_and_links_to_the_portrait_and_back()
    {
        var (context, page) = await UnlockAsync(TeamSite.TeamPassword);
        await using var _ = context;

        await page.ClickAsync("text=Kaart van Zelda Amberg");
        await page.WaitForSelectorAsync(".me-card__name");

        Assert.Equal("Zelda Amberg", await page.TextContentAsync(".me-card__name"));
        Assert.Equal("Dit ben ik", await page.TextContentAsync(".me-card__kind"));
        Assert.Equal("Zelda, met je en jij", await page.TextContentAsync(".me-card__address-text"));
        Assert.Equal("Afdeling De Linde, kamer 3", await page.TextContentAsync(".me-card__group"));
        Assert.Equal(["Eerst koffie; dan pas de verzorging"], await page.Locator(".me-card__part--helps li").AllTextContentsAsync());
        Assert.Equal(["Haar opjagen"], await page.Locator(".me-card__part--avoid li").AllTextContentsAsync());
        await page.WaitForSelectorAsync(".me-card__photo img[src^='blob:']");

        await page.ClickAsync(".me-card__back a");
        await page.WaitForSelectorAsync(".opening__name");
        Assert.Equal("Zelda Amberg", await page.TextContentAsync(".opening__name"));
        Assert.StartsWith("#/c/", await page.GetAttributeAsync(".card-link a", "href"));
    }

    [Fact]
    public async Task A_family_home_and_portrait_page_have_no_card()
    {
        var (context, page) = await UnlockAsync(TeamSite.FamilyPassword);
        await using var _ = context;

        Assert.Equal(["Bram Ceulemans"], await page.Locator(".card__name").AllTextContentsAsync());
        Assert.Equal(0, await page.Locator(".card__me-link, .card__group").CountAsync());
        Assert.StartsWith("Levensverhalen in eigen woorden", await page.TextContentAsync(".home__intro"));

        await page.ClickAsync(".card__link");
        await page.WaitForSelectorAsync(".opening__name");
        Assert.Equal(0, await page.Locator(".card-link").CountAsync());
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_team_home_and_the_card_have_no_serious_violations(int width)
    {
        var (context, page) = await UnlockAsync(TeamSite.TeamPassword, width);
        await using var _ = context;

        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"team home at {width}px");
        await page.ClickAsync("text=Kaart van Bram Ceulemans");
        await page.WaitForSelectorAsync(".me-card__name");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, $"card at {width}px");
    }
}
