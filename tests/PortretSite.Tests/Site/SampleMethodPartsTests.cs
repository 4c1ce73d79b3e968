using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site;

/// <summary>
/// The parts of the method in the sample portraits: what helps, life domains, what remains, the makers,
/// the order each kind opens with, and headings in the voice of each portrait (first person while
/// someone lives, third when a team or a family speaks, past tense after a death).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SampleMethodPartsTests(SampleSite sample)
{
    private IDocument Page(string slug) => new HtmlParser().ParseDocument(sample.Read($"{slug}/index.html"));

    private static string[] Texts(IDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    [Theory]
    [InlineData("gilberte-verhaegen", new[] { "Wie ik was", "Wie ik ben", "Wat ik wil houden", "Wie ik wil worden" }, "Wat mij helpt")]
    [InlineData("noor-el-amrani", new[] { "Wie Noor was", "Wie Noor is", "Wat Noor wil houden", "Wie Noor wil worden" }, "Wat Noor helpt")]
    [InlineData("josee-verhaegen", new[] { "Wie Josée eerder was", "Wie Josée was", "Wat Josée wilde houden" }, null)]
    [InlineData("arthur-penhale", new[] { "Who I was", "Who I am", "What I want to keep" }, null)]
    public void Headings_speak_in_the_voice_of_the_portrait(string slug, string[] roleGroups, string? helps)
    {
        var page = Page(slug);

        Assert.Equal(roleGroups, Texts(page, ".roles__heading"));
        Assert.Equal(helps, page.QuerySelector("#helps-title")?.TextContent);
    }

    [Fact]
    public void After_a_death_the_fixed_phrases_are_in_the_past_tense()
    {
        var josee = Page("josee-verhaegen");

        Assert.Equal("Wat Josée voelde en nodig had", josee.QuerySelector("#themes-title")!.TextContent);
        Assert.Equal("Wat Josée wilde doorgeven", josee.QuerySelector("#legacy-title")!.TextContent);
        Assert.Equal(["Hoe Josée herinnerd wilde worden"], Texts(josee, ".meaning__heading"));
        Assert.DoesNotContain("{name}", josee.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leefwereldportret_opens_with_today_and_a_levensportret_with_the_story()
    {
        static int At(IDocument page, string selector) => page.QuerySelector(selector) is { } e ? page.All.Index(e) : -1;
        var noor = Page("noor-el-amrani");
        var gilberte = Page("gilberte-verhaegen");

        Assert.True(At(noor, ".helps") < At(noor, ".day") && At(noor, ".day") < At(noor, ".domains") && At(noor, ".domains") < At(noor, ".story"), "Noor: what helps, the day and the domains before the story");
        Assert.True(At(gilberte, ".helps") < At(gilberte, ".story") && At(gilberte, ".story") < At(gilberte, ".roles") && At(gilberte, ".roles") < At(gilberte, ".domains"), "Gilberte: what helps, then the story, then the roles; the domains later");
    }

    [Fact]
    public void Life_domains_show_in_their_fixed_order_with_what_goes_well_what_is_hard_and_what_helps()
    {
        var noor = Page("noor-el-amrani");

        Assert.Equal(["School of werk", "Gezin en familie", "Vrienden en relaties", "Vrije tijd", "Gezondheid"], Texts(noor, ".domain__title"));
        var school = noor.QuerySelector(".domain")!;
        Assert.Equal(["Gaat goed", "Is moeilijk", "Helpt"], school.QuerySelectorAll("dt").Select(d => d.TextContent));
        Assert.Contains("Een plan op papier", school.QuerySelector(".domain__note--helps dd")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, noor.QuerySelectorAll(".helps__list li").Length);
    }

    [Fact]
    public void What_remains_holds_the_thread_how_to_be_remembered_wishes_and_resolutions()
    {
        var gilberte = Page("gilberte-verhaegen");

        Assert.Equal(["De rode draad", "Hoe ik herinnerd wil worden", "Wat ik wens voor later", "Wat ik mij voorneem"], Texts(gilberte, ".meaning__heading"));
        Assert.Equal(2, gilberte.QuerySelectorAll(".resolutions__list li").Length);
    }

    [Fact]
    public void The_makers_close_the_portrait_with_their_part()
    {
        var noor = Page("noor-el-amrani");

        var makers = noor.QuerySelector(".makers")!;
        Assert.Equal("Wie dit portret maakten", makers.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Noor El Amrani", "Inge Van Rompaey", "Karim Bensaïd", "Meneer Claes"], Texts(noor, ".maker__name"));
        Assert.Equal("mentor, interviewer", noor.QuerySelectorAll(".maker__part")[1].TextContent);
        Assert.Null(makers.NextElementSibling?.ClassList.Contains("part") == true ? makers.NextElementSibling : null);
        Assert.StartsWith("Sara Dhondt, vrijwillige schrijver", Page("josee-verhaegen").QuerySelector(".makers__line")!.TextContent, StringComparison.Ordinal);
    }
}
