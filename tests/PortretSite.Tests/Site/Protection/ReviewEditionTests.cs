using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortretSite.Build;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// A site with one approved portrait and two in review: one review passphrase written by the editor, one made by the build.
/// </summary>
public sealed class ReviewEditionSite : IAsyncLifetime
{
    public const string FamilyPassword = "molen zwaluw kaneel trompet vijver gordijn";
    public const string GivenReviewPassword = "kribbel lantaarn zeepbel walvis tulband oester";
    public const string NameGiven = "Wendelmoes Kribbelaar";
    public const string NameMade = "Ottoline Sparrowdale";
    public const string NameApproved = "Jozef Aerts";

    private readonly TempSite _site = new("""
        {
          "Title": "Onze verhalen",
          "Language": "nl",
          "Audiences": { "familie-a": "Familie A" }
        }
        """);

    public string Root => _site.Root;

    public string SiteFolder => Path.Combine(_site.Output, "site");

    public string ReviewFolder => Path.Combine(_site.Output, "review", ReviewEdition.Folder);

    public string ReviewPasswordsFile => Path.Combine(_site.Root, ".portret", "review-passwords");

    public BuildResult Result { get; private set; } = null!;

    /// <summary>The passphrase the build made for the portrait that had none.</summary>
    public string MadeReviewPassword => Regex.Match(File.ReadAllText(ReviewPasswordsFile), "^ottoline: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();

    public async Task InitializeAsync()
    {
        _site
            .WithPhoto("wendelmoes", "photos/tuin.jpg")
            .WithPortrait("wendelmoes", $"---\nname: {NameGiven}\nstatus: review\naudiences: [familie-a]\n---\n{NameGiven} vertelt over de Kribbelhoeve.\n\n![De tuin van de Kribbelhoeve](photos/tuin.jpg)\n\n## Later\n\nZe zong in het koor.\n")
            .WithPortrait("ottoline", $"---\nname: {NameMade}\nlanguage: en\nstatus: review\naudiences: [familie-a]\n---\n{NameMade} remembers the Sparrowdale mill.\n")
            .WithPortrait("jozef", TempSite.Approved(NameApproved, body: "Jozef bakte brood.").Replace("family-a", "familie-a", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_site.Root, ".portret", "passwords"), $"familie-a: {FamilyPassword}\n");
        File.WriteAllText(ReviewPasswordsFile, $"# written by the editor\nwendelmoes: {GivenReviewPassword}\n");
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, SkipPrint = true }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ReviewEditionCollection : ICollectionFixture<ReviewEditionSite>, ICollectionFixture<SharedBrowser>
{
    public const string Name = "review edition";
}

/// <summary>The review edition (issue 17): opened by each portrait's review passphrase in Chromium, marked on every page, never in the site.</summary>
[Collection(ReviewEditionCollection.Name)]
public sealed class ReviewEditionTests(ReviewEditionSite site, SharedBrowser browser)
{
    private const string MarkNl = "Ter inzage — nog niet goedgekeurd";
    private const string MarkEn = "For review — not yet approved";

    [Fact]
    public async Task The_review_edition_opens_with_its_passphrase_and_marks_every_page()
    {
        Assert.False(site.Result.HasErrors, string.Join("\n", site.Result.Diagnostics));
        await using var server = await StaticSiteServer.StartAsync(site.ReviewFolder);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(server.Address.AbsoluteUri);

        // Before unlocking: the shell says what this is, in its title and its masthead.
        Assert.Contains(MarkNl, await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(MarkNl, await page.TextContentAsync(".masthead__review-mark"));
        Assert.True(await page.IsVisibleAsync(".masthead__review-mark"));

        await UnlockForm.UnlockAsync(page, ReviewEditionSite.GivenReviewPassword);
        Assert.Equal([ReviewEditionSite.NameGiven], await UnlockForm.CardNamesAsync(page));
        Assert.Equal(MarkNl, await page.TextContentAsync("#content .review-mark"));
        Assert.True(await page.IsVisibleAsync("#content .review-mark"));

        await page.ClickAsync(".card__link");
        await page.WaitForSelectorAsync("article h1");
        Assert.Contains("Kribbelhoeve", await page.TextContentAsync("article"), StringComparison.Ordinal);
        Assert.Equal(MarkNl, await page.TextContentAsync("#content .review-mark"));
        Assert.True(await page.IsVisibleAsync("#content .review-mark"));
        Assert.True(await page.IsVisibleAsync(".masthead__review-mark"));
        await page.WaitForSelectorAsync("article img[src^='blob:']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "portret-review-edition.png"), FullPage = true });
    }

    [Fact]
    public async Task Each_review_passphrase_opens_its_own_portrait_only_and_the_familys_password_opens_none()
    {
        await using var server = await StaticSiteServer.StartAsync(site.ReviewFolder);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(server.Address.AbsoluteUri);

        await UnlockForm.UnlockAsync(page, site.MadeReviewPassword);
        Assert.Equal([ReviewEditionSite.NameMade], await UnlockForm.CardNamesAsync(page));
        await page.ClickAsync(".card__link");
        await page.WaitForSelectorAsync("article h1");
        // An English portrait is marked in English.
        Assert.Equal(MarkEn, await page.TextContentAsync("#content .review-mark"));

        var (other, wrong) = await browser.NewPageAsync();
        await using var __ = other;
        await wrong.GotoAsync(server.Address.AbsoluteUri);
        await UnlockForm.UnlockAsync(wrong, ReviewEditionSite.FamilyPassword);
        await wrong.WaitForSelectorAsync("#unlock-error:not(:empty)");
        Assert.Equal(0, await wrong.Locator(".card__name").CountAsync());
    }

    [Fact]
    public void The_main_site_holds_no_portrait_in_review_and_the_review_edition_no_plaintext()
    {
        var main = new SealedItems(site.Root, site.SiteFolder);
        var home = main.AudienceIndex("familie-a", ReviewEditionSite.FamilyPassword).GetProperty("html").GetString()!;

        Assert.Contains(ReviewEditionSite.NameApproved, home, StringComparison.Ordinal);
        Assert.DoesNotContain("Wendelmoes", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Ottoline", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.SiteFolder, "data", main.Keys.ItemId("page/jozef") + ".js")));
        Assert.False(File.Exists(Path.Combine(site.SiteFolder, "data", main.Keys.ItemId("page/wendelmoes") + ".js")));
        Assert.False(File.Exists(Path.Combine(site.SiteFolder, "data", main.Keys.ItemId("page/ottoline") + ".js")));
        Assert.Equal(1, site.Result.PortraitsPublished);
        Assert.Equal(2, site.Result.InReviewEdition);
        foreach (var file in Directory.EnumerateFiles(site.ReviewFolder, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.All(new[] { "Wendelmoes", "Kribbel", "Ottoline", "Sparrowdale", "Jozef" }, marker => Assert.DoesNotContain(marker, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_summary_names_the_review_edition_and_where_it_is()
    {
        using var text = new StringWriter();
        PortretSite.Cli.ConsoleReport.Summary(site.Result, text);

        Assert.Contains("Portretten: 1 gepubliceerd, overgeslagen: 2 ter inzage", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("Ter inzage: 2 (output/review: de inzage-editie", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_made_review_passphrase_is_random_and_kept_with_the_salts_for_the_owner_alone()
    {
        // Random words of the portrait's language (English here), as many as 77 bits need.
        Assert.Matches("^\\S+( \\S+){5,}$", site.MadeReviewPassword);
        Assert.Contains($"wendelmoes: {ReviewEditionSite.GivenReviewPassword}", File.ReadAllText(site.ReviewPasswordsFile), StringComparison.Ordinal);
        var secrets = Directory.EnumerateFiles(Path.Combine(site.Root, ".portret", "portrait-salts")).Append(site.ReviewPasswordsFile).ToList();
        Assert.Equal(4, secrets.Count);
        Assert.All(secrets, file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));
    }
}
