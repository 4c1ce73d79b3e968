using PortretSite.Content.Portraits;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Theme;

namespace PortretSite.Rendering.Pages;

/// <summary>Builds the card for carers from a portrait: only the parts someone caring for the person today needs.</summary>
public static class PortraitCardViewBuilder
{
    /// <param name="photoPlacement">How the photo is made: a card on screen, a cover on paper (where it must hold 300 dpi at any crop).</param>
    public static PortraitCardView Build(Portrait portrait, PortraitPhotos photos, Labels labels, string? portraitUrl = null, PhotoPlacement photoPlacement = PhotoPlacement.Card)
    {
        labels = labels.InVoiceOf(portrait);
        var lang = portrait.Language;
        return new PortraitCardView
        {
            Slug = portrait.Slug,
            Lang = lang,
            Name = portrait.Name,
            Title = labels["cardTitle"],
            CoverHtml = portrait.Cover is { } cover ? photos.Picture(cover, photoPlacement, photos.Alt(cover, portrait.Name), eager: true) : null,
            AddressAs = portrait.AddressAs,
            Group = portrait.Group,
            Helps = portrait.Helps,
            Avoid = portrait.Avoid,
            Themes = [.. portrait.Themes.Select(t => new ThemeView(t.Feeling, t.Need))],
            Roles = [.. portrait.Roles.Where(r => r.Wish == RoleWish.Keep).Select(r => new RoleView(r.Name, null, null, r.Support, LetGo: false))],
            People = [.. portrait.People.Select(p => new PersonView(p.Name, p.Relation))],
            TypicalDay = PortraitViewBuilder.TypicalDay(portrait),
            Values = portrait.Values,
            Source = labels["cardSource"].Replace("{person}", portrait.Name, StringComparison.Ordinal),
            ApprovalLine = portrait.Approved is { } approval
                ? labels["approvalLine"].Replace("{by}", approval.By, StringComparison.Ordinal).Replace("{date}", DateText.Format(approval.On, lang), StringComparison.Ordinal)
                : null,
            PortraitUrl = portraitUrl,
            Labels = labels.All,
        };
    }
}
