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
        var view = PortraitViewBuilder.Build(portrait, photos, labels, showStatus: marksStatus, pageAspect: geometry.TextWidth / (geometry.TextHeight - 30));
        var toc = new List<TocEntry>();
        toc.AddRange(view.Chapters.Where(c => c.TitleText is not null).Select(c => new TocEntry(c.Id, c.TitleText!)));
        AddPart(toc, view.Timeline is not null, "lifeline-title", labels["timelineTitle"]);
        AddPart(toc, view.Roles is not null, "roles-title", labels["rolesTitle"]);
        AddPart(toc, view.Themes.Count > 0, "themes-title", labels["themesTitle"]);
        AddPart(toc, view.Values.Count > 0, "values-title", labels["valuesTitle"]);
        AddPart(toc, view.LegacyHtml is not null, "legacy-title", labels["legacyTitle"]);
        AddPart(toc, view.People.Count > 0, "people-title", labels["peopleTitle"]);
        AddPart(toc, view.TypicalDay is not null, "day-title", labels["dayTitle"]);
        AddPart(toc, view.ObservationsHtml is not null, "observations-title", labels["observationsTitle"]);
        AddPart(toc, view.Gallery.Count > 0, "gallery-title", labels["galleryTitle"]);
        var printed = labels["colophonPrinted"].Replace("{date}", DateText.Format(printedOn, portrait.Language), StringComparison.Ordinal);
        var madeBy = portrait.MadeBy is { } makers ? labels["colophonMadeBy"].Replace("{makers}", makers, StringComparison.Ordinal) : null;
        return new BookletView(view, geometry.PageCss(), toc, madeBy, printed, siteTitle, labels.All);
    }

    private static void AddPart(List<TocEntry> toc, bool present, string id, string title)
    {
        if (present)
        {
            toc.Add(new TocEntry(id, title));
        }
    }

    /// <summary>The print placements of the same photo kinds the site uses.</summary>
    public static PhotoPlacement[] Placements => [PhotoPlacement.Cover, PhotoPlacement.Figure, PhotoPlacement.Gallery, PhotoPlacement.Thumb];
}
