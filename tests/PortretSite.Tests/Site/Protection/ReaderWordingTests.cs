using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>The page before unlocking speaks to whoever the site's passwords belong to, and to no one else.</summary>
public sealed class ReaderWordingTests
{
    [Theory]
    [InlineData("nl", "family", "het wachtwoord in dat je van de familie kreeg", "het wachtwoord van de familie")]
    [InlineData("nl", "team", "het wachtwoord in dat je team kreeg", "het wachtwoord van je team")]
    [InlineData("nl", "self", "Dit portret is van jou alleen", "jouw wachtwoord")]
    [InlineData("en", "family", "the password the family gave you", "the family's password")]
    [InlineData("en", "team", "the password your team was given", "your team's password")]
    [InlineData("en", "self", "This portrait is yours alone", "your password")]
    public async Task The_unlock_page_speaks_to_the_kind_of_reader_the_site_has(string language, string kind, string intro, string note)
    {
        var shell = await BuildShell(language, $"\"family-a\": {{ \"Label\": \"A\", \"Kind\": \"{kind}\" }}, \"family-b\": {{ \"Label\": \"B\", \"Kind\": \"{kind}\" }}", "[family-a, family-b]");

        Assert.Contains(intro, shell, StringComparison.Ordinal);
        Assert.Contains(note, shell, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "het wachtwoord in dat je kreeg", "familie")]
    [InlineData("en", "the password you were given", "family")]
    public async Task A_site_read_by_a_family_and_a_team_names_neither_before_unlocking(string language, string intro, string neither)
    {
        var shell = await BuildShell(language, "\"family-a\": \"Family A\", \"family-b\": { \"Label\": \"Team B\", \"Kind\": \"team\" }", "[family-a, family-b]");

        Assert.Contains(intro, shell, StringComparison.Ordinal);
        Assert.DoesNotContain(neither, shell, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("team", shell.Replace("class=\"", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("nl", "family", "Levensverhalen in eigen woorden")]
    [InlineData("nl", "team", "De mensen met wie jullie werken")]
    [InlineData("nl", "self", "Je eigen portret, alleen voor jou.")]
    [InlineData("en", "family", "Life stories in their own words")]
    [InlineData("en", "team", "The people you work with")]
    [InlineData("en", "self", "Your own portrait, for you alone.")]
    public async Task Each_audience_s_home_page_speaks_to_its_kind_and_names_no_other(string language, string kind, string intro)
    {
        using var site = new TempSite($$"""{ "Title": "Test", "Language": "{{language}}", "Audiences": { "family-a": { "Label": "Lezers A", "Kind": "{{kind}}" }, "family-b": "Familie B" } }""").WithPasswords()
            .WithPortrait("maria", TempSite.Approved("Maria").Replace("audiences: [family-a]", "audiences: [family-a, family-b]", StringComparison.Ordinal));
        await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output, SkipPrint = true }, CancellationToken.None);

        var home = new SealedItems(site.Root, Path.Combine(site.Output, "site")).AudienceIndex("family-a", TempSite.PasswordA).GetProperty("html").GetString()!;

        Assert.Contains(intro, System.Net.WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        Assert.DoesNotContain("Familie B", home, StringComparison.Ordinal);
        if (kind != "family")
        {
            Assert.DoesNotContain("famil", home, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_audience_with_a_language_of_its_own_gets_its_home_page_in_that_language()
    {
        using var site = new TempSite("""{ "Title": "Test", "Language": "nl", "Audiences": { "family-a": "Familie A", "family-b": { "Label": "Family B", "Language": "en" } } }""").WithPasswords()
            .WithPortrait("maria", TempSite.Approved("Maria").Replace("audiences: [family-a]", "audiences: [family-a, family-b]", StringComparison.Ordinal));
        await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output, SkipPrint = true }, CancellationToken.None);
        var items = new SealedItems(site.Root, Path.Combine(site.Output, "site"));

        var dutch = items.AudienceIndex("family-a", TempSite.PasswordA).GetProperty("html").GetString()!;
        var english = items.AudienceIndex("family-b", TempSite.PasswordB).GetProperty("html").GetString()!;

        Assert.Contains("lang=\"nl\"", dutch, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("Life stories", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Levensverhalen", english, StringComparison.Ordinal);
    }

    private static async Task<string> BuildShell(string language, string audiences, string portraitAudiences)
    {
        using var site = new TempSite($$"""{ "Title": "Test", "Language": "{{language}}", "Audiences": { {{audiences}} } }""").WithPasswords()
            .WithPortrait("maria", TempSite.Approved("Maria").Replace("audiences: [family-a]", "audiences: " + portraitAudiences, StringComparison.Ordinal));
        var result = await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output, SkipPrint = true }, CancellationToken.None);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == PortretSite.Foundation.Diagnostics.Severity.Error).Select(d => d.Message.English));
        return System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(site.Output, "site", "index.html")));
    }
}
