using Microsoft.Playwright;

namespace PortretSite.Tests.TestSupport;

/// <summary>What a reader does on the page before unlocking, and what they then see first.</summary>
public static class UnlockForm
{
    public static async Task UnlockAsync(IPage page, string password, bool remember = false)
    {
        await page.FillAsync("#password", password);
        if (remember)
        {
            await page.CheckAsync("#remember");
        }

        await page.ClickAsync("#unlock-button");
    }

    /// <summary>The names on the home page's cards, sorted, once the list is shown.</summary>
    public static async Task<string[]> CardNamesAsync(IPage page)
    {
        await page.WaitForSelectorAsync(".card__name");
        return [.. (await page.Locator(".card__name").AllTextContentsAsync()).Order()];
    }
}
