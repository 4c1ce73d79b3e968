using System.Diagnostics;
using Microsoft.Playwright;
using PortretSite.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace PortretSite.Tests.Site.Protection;

/// <summary>The protected site in real Chromium, from a static host and from a folder (file://).</summary>
[Collection(ProtectedSiteCollection.Name)]
public sealed class UnlockBrowserTests(ProtectedSite site, SharedBrowser browser, ITestOutputHelper output)
{
    private sealed class Visit(IBrowserContext context, IPage page, List<string> requests, StaticSiteServer? server, Uri start) : IAsyncDisposable
    {
        public IPage Page => page;

        public IBrowserContext Context => context;

        public List<string> Requests => requests;

        public Uri Start => start;

        public async ValueTask DisposeAsync()
        {
            await context.DisposeAsync();
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private async Task<Visit> VisitAsync(string transport, int width = 1280)
    {
        StaticSiteServer? server = null;
        Uri start;
        if (transport == "http")
        {
            server = await StaticSiteServer.StartAsync(site.SiteFolder);
            start = server.Address;
        }
        else
        {
            start = new Uri(Path.Combine(site.SiteFolder, "index.html"));
        }

        var (context, page) = await browser.NewPageAsync(width);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(start.AbsoluteUri);
        return new Visit(context, page, requests, server, start);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task Family_a_sees_its_portraits_with_their_text_and_decoded_photos(string transport)
    {
        await using var visit = await VisitAsync(transport);

        await UnlockForm.UnlockAsync(visit.Page, ProtectedSite.PasswordA);

        Assert.Equal([ProtectedSite.NameShared, ProtectedSite.NameA], await UnlockForm.CardNamesAsync(visit.Page));
        await visit.Page.ClickAsync($".card__link:has-text('{ProtectedSite.NameA}')");
        await visit.Page.WaitForSelectorAsync("article h1");
        Assert.Equal(ProtectedSite.NameA, await visit.Page.TextContentAsync("article h1"));
        Assert.Contains("vertelde over Quibbleton en de glimmerwick", await visit.Page.TextContentAsync("article"), StringComparison.Ordinal);
        var decoded = await visit.Page.EvalOnSelectorAllAsync<int[]>("article picture img", """
            async images => {
              for (const img of images) { img.scrollIntoView(); await new Promise(r => setTimeout(r, 50)); }
              await new Promise(r => setTimeout(r, 800));
              return images.map(img => img.src.startsWith("blob:") ? img.naturalWidth : 0);
            }
            """);
        Assert.NotEmpty(decoded);
        Assert.All(decoded, width => Assert.True(width > 0, "every photo decrypted and decoded"));
        Assert.Equal("nl", await visit.Page.EvalOnSelectorAsync<string>("html", "html => html.lang"));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task A_wrong_password_shows_nothing_and_says_so(string transport)
    {
        await using var visit = await VisitAsync(transport);

        await UnlockForm.UnlockAsync(visit.Page, "dit is niet het wachtwoord");
        await visit.Page.WaitForSelectorAsync("#unlock-error:not(:empty)");

        Assert.Contains("opent geen verhalen", await visit.Page.TextContentAsync("#unlock-error"), StringComparison.Ordinal);
        Assert.True(await visit.Page.IsHiddenAsync("#content"));
        Assert.Equal(0, await visit.Page.Locator(".card").CountAsync());
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task Each_family_sees_only_its_own_and_the_shared_portrait(string transport)
    {
        await using (var a = await VisitAsync(transport))
        {
            await UnlockForm.UnlockAsync(a.Page, ProtectedSite.PasswordA);
            var names = await UnlockForm.CardNamesAsync(a.Page);
            Assert.DoesNotContain(ProtectedSite.NameB, names);
            Assert.DoesNotContain(ProtectedSite.NameB, await a.Page.ContentAsync(), StringComparison.Ordinal);
        }

        await using var b = await VisitAsync(transport);
        await UnlockForm.UnlockAsync(b.Page, ProtectedSite.PasswordB);
        Assert.Equal([ProtectedSite.NameShared, ProtectedSite.NameB], await UnlockForm.CardNamesAsync(b.Page));
        Assert.DoesNotContain(ProtectedSite.NameA, await b.Page.ContentAsync(), StringComparison.Ordinal);
        await b.Page.ClickAsync($".card__link:has-text('{ProtectedSite.NameShared}')");
        await b.Page.WaitForSelectorAsync("article h1");
        Assert.Equal(ProtectedSite.NameShared, await b.Page.TextContentAsync("article h1"));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task A_site_page_opens_for_its_audience_only(string transport)
    {
        string route;
        await using (var a = await VisitAsync(transport))
        {
            await UnlockForm.UnlockAsync(a.Page, ProtectedSite.PasswordA);
            await a.Page.WaitForSelectorAsync(".site-pages__link");
            Assert.Equal([ProtectedSite.PageTitle], await a.Page.Locator(".site-pages__link").AllTextContentsAsync());
            route = (await a.Page.GetAttributeAsync(".site-pages__link", "href"))!;
            Assert.StartsWith("#/p/", route, StringComparison.Ordinal);

            await a.Page.ClickAsync(".site-pages__link");
            await a.Page.WaitForSelectorAsync("article.site-page h1");
            Assert.Equal(ProtectedSite.PageTitle, await a.Page.TextContentAsync("article h1"));
            Assert.Equal(2, await a.Page.Locator("article .site-page__text ol > li").CountAsync());
            Assert.Contains("Wat Zorblax vertelt, blijft bij Gribbleshank.", await a.Page.TextContentAsync("article ol"), StringComparison.Ordinal);
            Assert.Equal("Afgesproken door Zorblax en meester Gribbleshank, op 4\u00A0maart 2025.", await a.Page.TextContentAsync(".site-page__agreed"));
        }

        // Family B's list has no key for the page: not linked, and its route leads back home.
        await using var b = await VisitAsync(transport);
        await UnlockForm.UnlockAsync(b.Page, ProtectedSite.PasswordB);
        await UnlockForm.CardNamesAsync(b.Page);
        Assert.Equal(0, await b.Page.Locator(".site-pages__link").CountAsync());
        await b.Page.EvaluateAsync("route => { location.hash = route; }", route);
        await b.Page.WaitForFunctionAsync("() => location.hash === '#/'");
        await b.Page.WaitForSelectorAsync(".card__name");
        Assert.DoesNotContain("Gribbleshank", await b.Page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(ProtectedSite.PageTitle, await b.Page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remember_survives_a_reload_and_log_out_forgets()
    {
        await using var visit = await VisitAsync("http");

        await UnlockForm.UnlockAsync(visit.Page, ProtectedSite.PasswordB, remember: true);
        await UnlockForm.CardNamesAsync(visit.Page);
        await visit.Page.ReloadAsync();
        Assert.Equal([ProtectedSite.NameShared, ProtectedSite.NameB], await UnlockForm.CardNamesAsync(visit.Page));

        await visit.Page.ClickAsync("#logout");
        await visit.Page.WaitForSelectorAsync("#unlock-form");
        await visit.Page.ReloadAsync();
        await visit.Page.WaitForTimeoutAsync(500);
        Assert.True(await visit.Page.IsVisibleAsync("#unlock-form"));
        Assert.Equal(0, await visit.Page.Locator(".card").CountAsync());
        var databases = await visit.Page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length");
        Assert.Equal(0, databases);
    }

    [Fact]
    public async Task From_a_folder_remember_is_not_offered_and_says_why()
    {
        await using var visit = await VisitAsync("file");

        await visit.Page.WaitForSelectorAsync("#remember-files", new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        Assert.True(await visit.Page.IsHiddenAsync("#remember"));
        Assert.Contains("Onthouden kan niet", await visit.Page.TextContentAsync("#remember-files"), StringComparison.Ordinal);

        await UnlockForm.UnlockAsync(visit.Page, ProtectedSite.PasswordB);
        await UnlockForm.CardNamesAsync(visit.Page);
        Assert.Equal(0, await visit.Page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task The_browser_asks_nothing_of_any_other_origin(string transport)
    {
        await using var visit = await VisitAsync(transport);

        await UnlockForm.UnlockAsync(visit.Page, ProtectedSite.PasswordA);
        await UnlockForm.CardNamesAsync(visit.Page);
        await visit.Page.ClickAsync($".card__link:has-text('{ProtectedSite.NameA}')");
        await visit.Page.WaitForSelectorAsync("article h1");
        await visit.Page.WaitForTimeoutAsync(500);

        var origin = transport == "http" ? visit.Start.GetLeftPart(UriPartial.Authority) : "file://";
        Assert.NotEmpty(visit.Requests);
        Assert.All(visit.Requests, url => Assert.True(
            url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            $"request outside the site: {url}"));
    }

    [Fact]
    public async Task Unlocking_takes_well_under_two_seconds()
    {
        await using var visit = await VisitAsync("http");

        var clock = Stopwatch.StartNew();
        await UnlockForm.UnlockAsync(visit.Page, ProtectedSite.PasswordA);
        await UnlockForm.CardNamesAsync(visit.Page);
        clock.Stop();

        output.WriteLine($"unlock (PBKDF2 600,000 × SHA-256, 8 slots, list decrypted and shown): {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "a hang, not a measurement");
    }
}
