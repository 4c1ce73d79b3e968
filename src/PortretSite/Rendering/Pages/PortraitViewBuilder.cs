using System.Net;
using PortretSite.Content.Portraits;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Lifeline;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Story;
using PortretSite.Rendering.Theme;

namespace PortretSite.Rendering.Pages;

/// <summary>Builds what the templates show of a portrait: every part that is present, formatted for its language.</summary>
public static class PortraitViewBuilder
{
    /// <param name="pageAspect">For a booklet: width ÷ height of the text block, which the tall life line fills.</param>
    /// <param name="today">The day that decides which roles are of now (default: today).</param>
    public static PortraitView Build(Portrait portrait, PortraitPhotos photos, Labels labels, bool showStatus, double? pageAspect = null, DateOnly? today = null)
    {
        labels = labels.InVoiceOf(portrait);
        var lang = portrait.Language;
        var story = StoryRenderer.Render(portrait, photos);
        var chapters = story.Chapters.Select(c => new ChapterView(c.Id, c.TitleHtml, c.TitleText, c.Html)).ToList();
        return new PortraitView
        {
            Slug = portrait.Slug,
            Lang = lang,
            Name = portrait.Name,
            Years = DateText.Years(portrait.Born, portrait.Died, lang),
            Life = Life(portrait, labels),
            Summary = portrait.Summary,
            KindLabel = labels[portrait.Kind == PortraitKind.LifeWorld ? "kindLeefwereldportret" : "kindLevensportret"],
            CoverHtml = portrait.Cover is { } cover ? photos.Picture(cover, PhotoPlacement.Cover, eager: true) : null,
            CoverIsTall = portrait.Cover is { } tall && photos.Asset(tall) is { } asset && asset.Height > asset.Width,
            StatusBanner = showStatus ? StatusBanner(portrait, labels) : null,
            VisibilityNote = showStatus ? VisibilityNote(portrait, labels) : null,
            Chapters = chapters,
            Toc = [.. chapters.Where(c => c.TitleText is not null)],
            FootnotesHtml = story.FootnotesHtml,
            Roles = RolesViewBuilder.Build(portrait, labels, today ?? DateOnly.FromDateTime(DateTime.Today)),
            Themes = [.. portrait.Themes.Select(t => new ThemeView(t.Feeling, t.Need))],
            Timeline = Timeline(portrait, photos, labels, pageAspect),
            Values = portrait.Values,
            LegacyHtml = TextMarkdown.ToHtml(portrait.Legacy, lang),
            People = [.. portrait.People.Select(p => new PersonView(p.Name, p.Relation))],
            TypicalDay = TypicalDay(portrait),
            ObservationsHtml = TextMarkdown.ToHtml(portrait.Observations, lang),
            OpensWithToday = portrait.Kind == PortraitKind.LifeWorld,
            Helps = portrait.Helps,
            Domains = [.. portrait.Domains.Select(d => new DomainView(d.Domain.ToString().ToLowerInvariant(), labels[$"domain{d.Domain}"], d.GoesWell, d.Hard, d.Helps))],
            ThreadHtml = TextMarkdown.ToHtml(portrait.Thread, lang),
            RememberedAsHtml = TextMarkdown.ToHtml(portrait.RememberedAs, lang),
            WishesHtml = TextMarkdown.ToHtml(portrait.Wishes, lang),
            Resolutions = portrait.Resolutions,
            Makers = [.. portrait.Makers.Select(m => new MakerView(m.Name, m.Part))],
            MadeBy = portrait.Makers.Count == 0 ? portrait.MadeBy : null,
            Gallery = Gallery(portrait, photos),
            Clips = photos.Clips?.Views() ?? [],
            ApprovalLine = portrait.Approved is { } approval
                ? labels["approvalLine"].Replace("{by}", approval.By, StringComparison.Ordinal).Replace("{date}", DateText.Format(approval.On, lang), StringComparison.Ordinal)
                : null,
            Labels = labels.All,
        };
    }

    public static string? StatusBanner(Portrait portrait, Labels labels) => portrait.Status switch
    {
        PortraitStatus.Draft => labels["statusDraft"],
        PortraitStatus.Review => labels["statusReview"],
        _ => null,
    };

    /// <summary>
    /// For the editor's preview, which shows everything: what only some audiences read ("observations only for
    /// zorgteam-sint-jozef"), in the words the editor wrote them.
    /// </summary>
    public static string? VisibilityNote(Portrait portrait, Labels labels)
    {
        var restricted = portrait.Visibility.Select(p => (Part: p.Key, Audiences: p.Value))
            .Concat(portrait.Story.Sources.Where(s => s.Audiences is not null).Select(s => (Part: s.RelativePath, Audiences: s.Audiences!)))
            .Select(r => labels["visibilityOnly"].Replace("{part}", r.Part, StringComparison.Ordinal).Replace("{audiences}", string.Join(", ", r.Audiences), StringComparison.Ordinal))
            .ToList();
        return restricted.Count == 0 ? null : labels["visibilityNote"].Replace("{parts}", string.Join("; ", restricted), StringComparison.Ordinal);
    }

    /// <summary>"12 april 1938, Gent – 3 januari 2024".</summary>
    private static string? Life(Portrait portrait, Labels labels)
    {
        var lang = portrait.Language;
        var born = portrait.Born is { } b ? labels["lifeBorn"].Replace("{date}", DateText.Format(b, lang), StringComparison.Ordinal) : null;
        var died = portrait.Died is { } d ? labels["lifeDied"].Replace("{date}", DateText.Format(d, lang), StringComparison.Ordinal) : null;
        var parts = new[] { born, died, portrait.Place }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static TimelineView? Timeline(Portrait portrait, PortraitPhotos photos, Labels labels, double? pageAspect)
    {
        if (portrait.Timeline.Count == 0)
        {
            return null;
        }

        var lang = portrait.Language;
        var events = portrait.Timeline.Select((e, i) => new
        {
            Event = e,
            Anchor = $"event-{i + 1}",
        }).ToList();
        var marks = events.Select(e => new LifelineEvent(e.Anchor, e.Event.Date, e.Event.Title, e.Event.Mood)).ToList();
        var label = labels["timelineTitle"];
        return new TimelineView(
            LifelineSvg.Wide(marks, label),
            pageAspect is { } aspect ? LifelineSvg.Tall(marks, label, Math.Max(360, ((marks.Count * 100) + 80) * aspect)) : LifelineSvg.Tall(marks, label),
            [.. events.Select(e => new EventView(
                e.Anchor,
                DateText.Format(e.Event.Date, lang),
                DateText.Iso(e.Event.Date),
                e.Event.Title,
                e.Event.Mood.ToString().ToLowerInvariant(),
                labels[$"mood{e.Event.Mood}"],
                TextMarkdown.ToHtml(e.Event.Text, lang),
                e.Event.Photo is { } photo ? photos.Picture(photo, PhotoPlacement.Thumb, photos.Alt(photo, e.Event.Title)) : null))]);
    }

    internal static DayView? TypicalDay(Portrait portrait)
    {
        if (portrait.TypicalDay.Count > 0)
        {
            return new DayView([.. portrait.TypicalDay.Select(m => new MomentView(m.Time, m.Text))], null);
        }

        return TextMarkdown.ToHtml(portrait.TypicalDayText, portrait.Language) is { } html ? new DayView([], html) : null;
    }

    private static List<GalleryItemView> Gallery(Portrait portrait, PortraitPhotos photos)
    {
        var items = new List<GalleryItemView>();
        foreach (var photo in portrait.Photos)
        {
            if (photos.Asset(photo.File) is not { } asset)
            {
                continue;
            }

            var caption = photos.Caption(photo.File);
            var alt = photos.Alt(photo.File, WebUtility.HtmlDecode(portrait.Name));
            var large = asset.Largest;
            var link = photos.Html.Large(asset);
            items.Add(new GalleryItemView($"photo-{asset.Hash[..12]}", photos.Html.Picture(asset, alt, PhotoPlacement.Gallery), caption, link.Url, link.AttributesHtml, large.Width, large.Height));
        }

        return items;
    }
}
