using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;

namespace PortretSite.Publication;

/// <summary>
/// The plan of the review edition (<c>output/review/site</c>): the portraits of the build's plan in review, each
/// whole (an approval covers all of it) and each readable by a review audience of its own, opened by that portrait's
/// review passphrase only. Nothing else is in it: no approved portrait, no site page, no booklet.
/// </summary>
public static class ReviewEditionPlan
{
    public static string AudienceOf(string slug) => "review-" + slug;

    public static PublicationPlan Of(PublicationPlan plan, IReadOnlyDictionary<string, Password> passwords)
    {
        var portraits = new List<PlannedPortrait>();
        var audiences = new List<PlannedAudience>();
        foreach (var portrait in plan.ReviewCopies.Where(p => passwords.ContainsKey(p.Slug)))
        {
            // The person reads it first, and shows it to whom they choose: it speaks to them.
            var audience = new Audience(AudienceOf(portrait.Slug), portrait.Name) { Kind = AudienceKind.Self, Language = portrait.Language };
            var reading = new PlannedReading("", new SortedSet<string>(StringComparer.Ordinal), portrait, [audience.Id]);
            portraits.Add(new PlannedPortrait(portrait, Visibility.Published, PlanReason.InReview, [audience.Id], Included: true) { Readings = [reading] });
            audiences.Add(new PlannedAudience(audience, [passwords[portrait.Slug]], [portrait]) { Readings = [reading] });
        }

        return new PublicationPlan(PlanPurpose.Publish, portraits, audiences);
    }
}
