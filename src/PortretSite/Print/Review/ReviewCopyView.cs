using PortretSite.Content.Portraits;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Pages;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Theme;

namespace PortretSite.Print.Review;

/// <summary>What the review copy's template sees: the portrait as the site shows it, and the day it was printed.</summary>
public sealed record ReviewCopyView(PortraitView Portrait, string PrintedOn, string SiteTitle, IReadOnlyDictionary<string, string> Labels);

/// <summary>The review copy's view of a portrait: all of it, in the voice its labels speak, without the site's status banner (every page says it).</summary>
public static class ReviewCopyViewBuilder
{
    public static ReviewCopyView Build(Portrait portrait, PortraitPhotos photos, Labels labels, string siteTitle, DateOnly printedOn)
    {
        labels = labels.InVoiceOf(portrait);
        var view = PortraitViewBuilder.Build(portrait, photos, labels, showStatus: false, today: printedOn);
        var printed = labels["colophonPrinted"].Replace("{date}", DateText.Format(printedOn, portrait.Language), StringComparison.Ordinal);
        return new ReviewCopyView(view, printed, siteTitle, labels.All);
    }
}
