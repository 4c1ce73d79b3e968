using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site;

/// <summary>The sample site, as plain pages, holds every structured part of the grandmother's portrait.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SamplePlainSiteTests(SampleSite sample)
{
    private IDocument Page(string path) => new HtmlParser().ParseDocument(sample.Read(path));

    private IDocument Josee => Page("josee-verhaegen/index.html");

    private static string[] Texts(IDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    [Fact]
    public void The_sample_builds_without_errors()
    {
        DiagnosticAssert.NoErrors(sample.Result.Diagnostics);
        Assert.True(sample.Result.OutputWritten);
    }

    [Fact]
    public void Home_lists_the_approved_portraits_and_not_the_one_in_review()
    {
        var names = Texts(Page("index.html"), ".card__name");

        Assert.Equal(["Arthur Penhale", "Gilberte Verhaegen", "Josée Verhaegen-De Smet", "Noor El Amrani"], names.Order());
        Assert.False(Directory.Exists(Path.Combine(sample.SiteFolder, "frans-verhaegen")));
        Assert.DoesNotContain(Directory.EnumerateFiles(sample.SiteFolder, "*.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("Frans Verhaegen</h1>", StringComparison.Ordinal));
    }

    [Fact]
    public void Home_links_the_site_pages_and_the_ground_rules_page_shows_its_numbered_rules_and_who_agreed()
    {
        var home = Page("index.html");
        Assert.Equal(["Over deze site", "Onze spelregels"], Texts(home, ".site-pages__link"));
        Assert.Equal("pages/spelregels-team-noor/index.html", home.QuerySelectorAll(".site-pages__link")[1].GetAttribute("href"));

        var rules = Page("pages/spelregels-team-noor/index.html");
        Assert.Equal("Onze spelregels", rules.QuerySelector("article.site-page--ground-rules h1")!.TextContent);
        Assert.Equal("Spelregels", rules.QuerySelector(".opening__kind")!.TextContent);
        Assert.Equal(
            ["Veiligheid en vertrouwen.", "Openheid en schaamte.", "Autonomie en keuzes.", "Macht.", "Tijd.", "Herkenbaarheid.", "Wat er met het resultaat gebeurt."],
            Texts(rules, ".site-page__text ol > li > p > strong, .site-page__text ol > li > strong"));
        Assert.StartsWith("Afgesproken door Noor El Amrani", rules.QuerySelector(".site-page__agreed")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("op 4\u00A0maart 2025.", rules.QuerySelector(".site-page__agreed")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("../../assets/css/site.css", rules.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Opening_shows_name_years_and_summary()
    {
        Assert.Equal("Josée Verhaegen-De Smet", Josee.QuerySelector("h1")!.TextContent);
        Assert.Equal("°\u00A01936 – †\u00A02023", Josee.QuerySelector(".opening__years")!.TextContent);
        Assert.StartsWith("Naaister, zondagszangeres", Josee.QuerySelector(".opening__summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("geboren 8\u00A0maart 1936", Josee.QuerySelector(".opening__life")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Story_has_the_three_chapters_in_file_order_with_a_table_of_contents()
    {
        Assert.Equal(["Jeugd in de naaikamer", "Werk, liefde en gezin", "De late jaren"], Texts(Josee, ".chapter__title"));
        Assert.Equal(Texts(Josee, ".chapter__title"), Texts(Josee, ".toc__list a"));
        Assert.All(Josee.QuerySelectorAll(".toc__list a"), a => Assert.NotNull(Josee.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public void Quotes_carry_their_speaker()
    {
        var speakers = Texts(Josee, "figure.quote figcaption");

        Assert.Contains("Josée", speakers);
        Assert.Contains("Madeleine De Smet, haar moeder", speakers);
    }

    [Fact]
    public void Roles_are_grouped_as_was_is_and_wants_to_keep()
    {
        var columns = Josee.QuerySelectorAll(".roles__column");

        Assert.Equal(3, columns.Length);
        Assert.Contains("coupeuse bij confectie Vyncke", columns[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("moeder van Lieve en Dirk", columns[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("oma", columns[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Experience_themes_pair_feeling_and_need()
    {
        var themes = Josee.QuerySelectorAll(".theme");

        Assert.Equal(3, themes.Length);
        Assert.Equal("Afhankelijkheid, toen haar handen niet meer wilden", themes[0].QuerySelector(".theme__feeling")!.TextContent);
        Assert.Equal("zelf kiezen wat ze wél nog kon doen", themes[0].QuerySelector(".theme__need")!.TextContent);
    }

    [Fact]
    public void Timeline_lists_every_event_with_the_life_line()
    {
        Assert.Equal(10, Josee.QuerySelectorAll(".events > li").Length);
        Assert.Equal(10, Josee.QuerySelectorAll(".lifeline__drawing--wide .lifeline__event").Length);
        Assert.Equal("Frans op de Floraliën", Josee.QuerySelectorAll(".event__title")[3].TextContent);
    }

    [Fact]
    public void Values_legacy_people_day_observations_gallery_and_approval_are_present()
    {
        Assert.Equal(5, Josee.QuerySelectorAll(".value").Length);
        Assert.Contains("een huis warm houdt met kleine dingen", Josee.QuerySelector(".legacy__text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, Josee.QuerySelectorAll(".person").Length);
        Assert.Equal(7, Josee.QuerySelectorAll(".moment").Length);
        Assert.Equal("10:00", Josee.QuerySelectorAll(".moment__time")[2].TextContent);
        Assert.Contains("Josée bijna altijd iets in haar handen", Josee.QuerySelector(".observations__text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, Josee.QuerySelectorAll(".gallery__item").Length);
        Assert.Equal("Herkend en goedgekeurd door Josée Verhaegen-De Smet op 10\u00A0juni 2023.", Josee.QuerySelector(".approval")!.TextContent);
        Assert.NotNull(Josee.QuerySelector(".footnotes"));
    }

    [Fact]
    public void Every_photo_has_size_and_alt_text_and_every_link_is_relative()
    {
        foreach (var path in new[] { "index.html", "josee-verhaegen/index.html", "noor-el-amrani/index.html", "arthur-penhale/index.html" })
        {
            var page = Page(path);
            foreach (var img in page.QuerySelectorAll("picture img"))
            {
                Assert.False(string.IsNullOrEmpty(img.GetAttribute("width")), path);
                Assert.False(string.IsNullOrEmpty(img.GetAttribute("height")), path);
                Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")), $"{path}: {img.OuterHtml}");
            }

            foreach (var reference in page.QuerySelectorAll("[src], [href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!))
            {
                Assert.False(reference.StartsWith('/'), $"{path}: absolute link {reference}");
                Assert.False(reference.StartsWith("http", StringComparison.Ordinal) && !page.QuerySelectorAll(".story a").Any(a => a.GetAttribute("href") == reference), $"{path}: external reference {reference}");
            }
        }
    }

    [Fact]
    public void Each_portrait_page_declares_its_own_language()
    {
        Assert.Equal("en", Page("arthur-penhale/index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("nl", Josee.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Recognised and approved by Arthur Penhale on 14\u00A0September 2025.", Page("arthur-penhale/index.html").QuerySelector(".approval")!.TextContent);
    }
}
