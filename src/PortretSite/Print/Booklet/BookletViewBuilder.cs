using PortretSite.Content.Portraits;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Pages;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Theme;

namespace PortretSite.Print.Booklet;

/// <summary>The booklet's view of a portrait: the site's view with print photos, and the contents list.</summary>
public static class BookletViewBuilder
{
    public static BookletView Build(Portrait portrait, PortraitPhotos photos, Labels labels, BookletGeometry geometry, string siteTitle, DateOnly printedOn, bool marksStatus)
    {
        labels = labels.InVoiceOf(portrait);
        var view = PortraitViewBuilder.Build(portrait, photos, labels, showStatus: marksStatus, pageAspect: geometry.TextWidth / (geometry.TextHeight - 30), today: printedOn);
        var printed = labels["colophonPrinted"].Replace("{date}", DateText.Format(printedOn, portrait.Language), StringComparison.Ordinal);
        var madeBy = portrait.MadeBy is { } makers ? labels["colophonMadeBy"].Replace("{makers}", makers, StringComparison.Ordinal) : null;
        return new BookletView(view, geometry.PageCss(), Contents(view, labels), madeBy, printed, siteTitle, labels.All);
    }

    /// <summary>The colophon's line saying for whom the booklet was made: the audiences whose reading it prints.</summary>
    public static string? MadeFor(IEnumerable<string> audiences, Labels labels) =>
        audiences.ToList() is { Count: > 0 } names ? labels["colophonMadeFor"].Replace("{audiences}", string.Join(", ", names), StringComparison.Ordinal) : null;

    /// <summary>The contents in the order of <c>partials/parts.hbs</c>: a leefwereldportret opens with today, a levensportret with the story.</summary>
    private static List<TocEntry> Contents(PortraitView view, Labels labels)
    {
        var toc = new List<TocEntry>();
        void Story() => toc.AddRange(view.Chapters.Where(c => c.TitleText is not null).Select(c => new TocEntry(c.Id, c.TitleText!)));
        void Part(bool present, string id, string title)
        {
            if (present)
            {
                toc.Add(new TocEntry(id, title));
            }
        }

        Part(view.Helps.Count > 0, "helps-title", labels["helpsTitle"]);
        if (view.OpensWithToday)
        {
            Part(view.TypicalDay is not null, "day-title", labels["dayTitle"]);
            Part(view.Domains.Count > 0, "domains-title", labels["domainsTitle"]);
            Part(view.Themes.Count > 0, "themes-title", labels["themesTitle"]);
            Story();
            Part(view.People.Count > 0, "people-title", labels["peopleTitle"]);
            Part(view.Roles is not null, "roles-title", labels["rolesTitle"]);
            Part(view.ObservationsHtml is not null, "observations-title", labels["observationsTitle"]);
            Part(view.Values.Count > 0, "values-title", labels["valuesTitle"]);
            Part(view.LegacyHtml is not null, "legacy-title", labels["legacyTitle"]);
            Part(view.HasMeaning, "meaning-title", labels["meaningTitle"]);
            Part(view.Timeline is not null, "lifeline-title", labels["timelineTitle"]);
        }
        else
        {
            Story();
            Part(view.Timeline is not null, "lifeline-title", labels["timelineTitle"]);
            Part(view.Roles is not null, "roles-title", labels["rolesTitle"]);
            Part(view.HasMeaning, "meaning-title", labels["meaningTitle"]);
            Part(view.Themes.Count > 0, "themes-title", labels["themesTitle"]);
            Part(view.Values.Count > 0, "values-title", labels["valuesTitle"]);
            Part(view.LegacyHtml is not null, "legacy-title", labels["legacyTitle"]);
            Part(view.People.Count > 0, "people-title", labels["peopleTitle"]);
            Part(view.TypicalDay is not null, "day-title", labels["dayTitle"]);
            Part(view.Domains.Count > 0, "domains-title", labels["domainsTitle"]);
            Part(view.ObservationsHtml is not null, "observations-title", labels["observationsTitle"]);
        }

        Part(view.Clips.Count > 0, "clips-title", labels["clipsTitle"]);
        Part(view.Gallery.Count > 0, "gallery-title", labels["galleryTitle"]);
        return toc;
    }

    /// <summary>The print placements of the same photo kinds the site uses.</summary>
    public static PhotoPlacement[] Placements => [PhotoPlacement.Cover, PhotoPlacement.Figure, PhotoPlacement.Gallery, PhotoPlacement.Thumb];
}
