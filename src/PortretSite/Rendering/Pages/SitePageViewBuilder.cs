using PortretSite.Content.Pages;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Story;
using PortretSite.Rendering.Theme;

namespace PortretSite.Rendering.Pages;

/// <summary>What the page template of a site page sees: its Markdown as HTML, and the agreement in words.</summary>
public static class SitePageViewBuilder
{
    public static SitePageView Build(Page page, Labels labels)
    {
        var agreed = page.Agreed is { } a
            ? labels["pageAgreed"].Replace("{by}", a.By, StringComparison.Ordinal).Replace("{on}", DateText.Format(a.On, page.Language), StringComparison.Ordinal)
            : null;
        var (kind, kindLabel) = page.Purpose == PagePurpose.GroundRules ? ("ground-rules", labels["pageGroundRules"]) : ("about", labels["pageAbout"]);
        return new SitePageView(page.Title, page.Language, kind, kindLabel, page.Summary, TextMarkdown.ToHtml(page.Body, page.Language), agreed, labels.All);
    }
}
