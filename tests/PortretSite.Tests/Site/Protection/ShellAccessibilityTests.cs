using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

[Collection(ProtectedSiteCollection.Name)]
public sealed class ShellAccessibilityTests(ProtectedSite site, SharedBrowser browser)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_unlock_page_the_list_and_a_wrong_password_message_have_no_serious_violations(int width)
    {
        var (context, page) = await browser.NewPageAsync(width);
        await using var _ = context;
        await page.GotoAsync(new Uri(Path.Combine(site.SiteFolder, "index.html")).AbsoluteUri);

        await AxeCheck.AssertNoSeriousViolationsAsync(page, "unlock page");
        await page.FillAsync("#password", "niet het juiste wachtwoord");
        await page.ClickAsync("#unlock-button");
        await page.WaitForSelectorAsync("#unlock-error:not(:empty)");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "wrong password");
        Assert.Equal("alert", await page.GetAttributeAsync("#unlock-error", "role"));

        await page.FillAsync("#password", ProtectedSite.PasswordA);
        await page.ClickAsync("#unlock-button");
        await page.WaitForSelectorAsync(".card__link");
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "unlocked list");
    }
}
