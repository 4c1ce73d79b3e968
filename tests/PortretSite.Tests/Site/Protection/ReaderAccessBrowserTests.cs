using Microsoft.Playwright;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// Two readers of one family in Chromium: Anna types her passphrase, Bert opens his share link. Revoking Anna
/// shuts her out of the next build; Bert's link and his remembered device keep working, over http and on file://.
/// </summary>
[Collection(SharedBrowserCollection.Name)]
public sealed class ReaderAccessBrowserTests(SharedBrowser browser) : IDisposable
{
    private readonly ReaderSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_revoked_reader_opens_nothing_while_another_reader_s_link_and_remembered_device_keep_working()
    {
        var anna = await _site.AddReaderAsync("Anna Verhaegen");
        await _site.AddReaderAsync("Bert Verhaegen");
        var link = await _site.LinkAsync("Bert Verhaegen");
        var fragment = link[link.IndexOf('#', StringComparison.Ordinal)..];
        Assert.StartsWith("file://", link, StringComparison.Ordinal);
        Assert.Matches("^#r=[A-Za-z0-9_-]{43}$", fragment);
        await _site.BuildAsync();
        await using var server = await StaticSiteServer.StartAsync(_site.SiteFolder);
        var (annaContext, annaPage) = await browser.NewPageAsync();
        await using var _ = annaContext;
        var (bertContext, bertPage) = await browser.NewPageAsync();
        await using var __ = bertContext;

        await annaPage.GotoAsync(server.Address.AbsoluteUri);
        await UnlockForm.UnlockAsync(annaPage, anna);
        Assert.Equal([ReaderSite.FamilyAName], await UnlockForm.CardNamesAsync(annaPage));

        await bertPage.GotoAsync(server.Address.AbsoluteUri + fragment);
        Assert.Equal([ReaderSite.FamilyAName], await UnlockForm.CardNamesAsync(bertPage));
        Assert.DoesNotContain("r=", bertPage.Url, StringComparison.Ordinal);
        await bertPage.ClickAsync("#remember-yes");
        await bertPage.WaitForSelectorAsync("#remember-offer", new() { State = WaitForSelectorState.Hidden });
        // The history holds the blank tab and the cleaned address, nothing with the key in it.
        await bertPage.GoBackAsync();
        Assert.Equal("about:blank", bertPage.Url);
        await bertPage.GoForwardAsync();
        Assert.DoesNotContain("r=", bertPage.Url, StringComparison.Ordinal);
        Assert.Equal([ReaderSite.FamilyAName], await UnlockForm.CardNamesAsync(bertPage));

        await _site.RevokeAsync("Anna Verhaegen");
        await _site.BuildAsync();

        await annaPage.GotoAsync(server.Address.AbsoluteUri);
        await UnlockForm.UnlockAsync(annaPage, anna);
        await annaPage.WaitForSelectorAsync("#unlock-error:not(:empty)");
        Assert.Equal("This password opens no stories. Check it and try again.", await annaPage.TextContentAsync("#unlock-error"));
        Assert.Equal(0, await annaPage.Locator(".card").CountAsync());

        await bertPage.GotoAsync(server.Address.AbsoluteUri);
        Assert.Equal([ReaderSite.FamilyAName], await UnlockForm.CardNamesAsync(bertPage));

        var (fileContext, filePage) = await browser.NewPageAsync();
        await using var ___ = fileContext;
        await filePage.GotoAsync(link);
        Assert.Equal([ReaderSite.FamilyAName], await UnlockForm.CardNamesAsync(filePage));
        Assert.DoesNotContain("r=", filePage.Url, StringComparison.Ordinal);
        Assert.True(await filePage.IsHiddenAsync("#remember-offer"));
        await filePage.ClickAsync("#logout");
        await filePage.WaitForSelectorAsync("#unlock-form");
        await UnlockForm.UnlockAsync(filePage, anna);
        await filePage.WaitForSelectorAsync("#unlock-error:not(:empty)");
        Assert.Equal(0, await filePage.Locator(".card").CountAsync());
    }
}
