using System.Globalization;
using AngleSharp.Html.Parser;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Rendering;

/// <summary>The life line of the sample grandmother, read from the generated page.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class LifelineTests(SampleSite sample)
{
    private static readonly string[] Drawings = [".lifeline__drawing--wide", ".lifeline__drawing--tall"];

    private AngleSharp.Html.Dom.IHtmlDocument Page => new HtmlParser().ParseDocument(sample.Read("josee-verhaegen/index.html"));

    [Theory]
    [InlineData(".lifeline__drawing--wide")]
    [InlineData(".lifeline__drawing--tall")]
    public void One_mark_per_event_in_date_order(string drawing)
    {
        var page = Page;
        var marks = page.QuerySelectorAll($"{drawing} .lifeline__event").ToList();
        var events = page.QuerySelectorAll(".events > li").ToList();

        Assert.Equal(events.Count, marks.Count);
        Assert.Equal(10, marks.Count);
        Assert.All(marks, m => Assert.Single(m.QuerySelectorAll(".lifeline__mark")));
        var dates = marks.Select(m => m.GetAttribute("data-date")!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var along = marks.Select(m => Number(m, drawing.EndsWith("wide", StringComparison.Ordinal) ? "data-x" : "data-y")).ToList();
        Assert.Equal(along.Order(), along);
        Assert.Equal(along.Distinct().Count(), along.Count);
    }

    [Fact]
    public void Highs_stand_above_lows_and_turning_points_between()
    {
        var marks = Page.QuerySelectorAll(".lifeline__drawing--wide .lifeline__event").ToList();
        double Height(string mood) => marks.Where(m => m.GetAttribute("data-mood") == mood).Select(m => Number(m, "data-y")).Distinct().Single();

        // SVG's y grows downwards: above means smaller.
        Assert.True(Height("high") < Height("turn"));
        Assert.True(Height("turn") < Height("low"));
    }

    [Fact]
    public void Highs_lie_to_one_side_of_lows_in_the_tall_drawing()
    {
        var marks = Page.QuerySelectorAll(".lifeline__drawing--tall .lifeline__event").ToList();
        var highs = marks.Where(m => m.GetAttribute("data-mood") == "high").Select(m => Number(m, "data-x"));
        var lows = marks.Where(m => m.GetAttribute("data-mood") == "low").Select(m => Number(m, "data-x"));

        Assert.True(highs.Min() > lows.Max());
    }

    [Fact]
    public void The_text_alternative_lists_the_same_events_and_the_drawing_is_hidden_from_screen_readers()
    {
        var page = Page;
        var labels = page.QuerySelectorAll(".lifeline__drawing--wide .lifeline__event")
            .Select(m => string.Join(' ', m.QuerySelectorAll("tspan").Skip(1).Select(t => t.TextContent)))
            .ToList();
        var titles = page.QuerySelectorAll(".events .event__title").Select(t => t.TextContent).ToList();
        var years = page.QuerySelectorAll(".events time").Select(t => t.GetAttribute("datetime")![..4]).ToList();

        Assert.Equal(titles, labels);
        Assert.Equal(years, page.QuerySelectorAll(".lifeline__drawing--wide .lifeline__year").Select(y => y.TextContent).ToList());
        foreach (var drawing in Drawings)
        {
            Assert.Equal("true", page.QuerySelector(drawing)!.GetAttribute("aria-hidden"));
            Assert.All(page.QuerySelectorAll($"{drawing} a"), a => Assert.Equal("-1", a.GetAttribute("tabindex")));
        }

        Assert.All(page.QuerySelectorAll(".lifeline__drawing--wide a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        var moods = page.QuerySelectorAll(".event__mood").Select(m => m.TextContent.Trim()).ToHashSet();
        Assert.Equal(new HashSet<string> { "hoogtepunt", "keerpunt", "dieptepunt" }, moods);
    }

    private static double Number(AngleSharp.Dom.IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
