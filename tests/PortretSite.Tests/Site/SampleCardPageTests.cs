using AngleSharp.Html.Parser;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site;

/// <summary>The sample's plain site: Gilberte, whom her care team reads, has a card at gilberte-verhaegen/card/; Josée, read by her family only, has none.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SampleCardPageTests(SampleSite sample)
{
    [Fact]
    public void Gilberte_s_card_page_has_her_parts_and_links_back_to_her_portrait()
    {
        var card = new HtmlParser().ParseDocument(sample.Read("gilberte-verhaegen/card/index.html"));

        Assert.Equal("Gilberte Verhaegen", card.QuerySelector(".me-card__name")!.TextContent);
        Assert.Equal("Gilberte, met je en jij. Niet mevrouw, niet ma, niet schatje.", card.QuerySelector(".me-card__address-text")!.TextContent);
        Assert.Equal("Afdeling De Linde, kamer 12", card.QuerySelector(".me-card__group")!.TextContent);
        Assert.Equal(4, card.QuerySelectorAll(".me-card__part--avoid li").Length);
        Assert.Equal(["helps", "avoid", "themes", "roles", "people", "typical_day", "values"], card.QuerySelectorAll("[data-part]").Select(p => p.GetAttribute("data-part")));
        Assert.Equal("../", card.QuerySelector(".me-card__back a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_portrait_page_links_its_card_and_a_portrait_only_a_family_reads_has_none()
    {
        var gilberte = new HtmlParser().ParseDocument(sample.Read("gilberte-verhaegen/index.html"));
        var josee = new HtmlParser().ParseDocument(sample.Read("josee-verhaegen/index.html"));

        Assert.Equal("card/", gilberte.QuerySelector(".card-link a")!.GetAttribute("href"));
        Assert.Null(josee.QuerySelector(".card-link"));
        Assert.False(File.Exists(Path.Combine(sample.SiteFolder, "josee-verhaegen", "card", "index.html")));
    }
}
