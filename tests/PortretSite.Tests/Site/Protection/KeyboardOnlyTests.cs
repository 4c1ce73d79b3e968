using Microsoft.Playwright;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>Someone without a mouse: unlock, open a portrait, look at a photo, log out — keys only.</summary>
[Collection(ProtectedSiteCollection.Name)]
public sealed class KeyboardOnlyTests(ProtectedSite site, SharedBrowser browser)
{
    [Fact]
    public async Task Unlock_open_a_portrait_open_and_close_the_lightbox_and_log_out_with_the_keyboard()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(new Uri(Path.Combine(site.SiteFolder, "index.html")).AbsoluteUri);

        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'password'");
        await page.Keyboard.TypeAsync(ProtectedSite.PasswordA);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".card__link");

        await TabUntilAsync(page, "el => el.classList.contains('card__link') && el.textContent.includes('Zorblax')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("article h1");

        await TabUntilAsync(page, "el => el.classList.contains('gallery__link')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("dialog.lightbox[open] img.lightbox__image[src]");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('dialog.lightbox').contains(document.activeElement)"), "focus moves into the lightbox");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForSelectorAsync("dialog.lightbox:not([open])", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('gallery__link')"), "focus returns to the photo");

        await TabUntilAsync(page, "el => el.id === 'logout'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#unlock-form");
        Assert.True(await page.IsVisibleAsync("#password"));
    }

    private static async Task TabUntilAsync(IPage page, string predicate)
    {
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => document.activeElement && ({predicate})(document.activeElement)"))
            {
                return;
            }
        }

        Assert.Fail("never reached by Tab: " + predicate);
    }
}
