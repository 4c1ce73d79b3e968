using PortretSite.Content.Portraits;

namespace PortretSite.Publication;

/// <summary>Whose consent a portrait needs, which depends on the person: alive and 16 or older, younger, or died.</summary>
public enum ConsentNeed
{
    /// <summary>The person themselves, or someone who speaks for them (a guardian, a representative).</summary>
    PersonOrRepresentative,

    /// <summary>The person's own, for someone under 16 (beside a parent's or guardian's).</summary>
    Person,

    ParentOrGuardian,

    /// <summary>The family member who speaks for someone who died.</summary>
    Representative,
}

/// <summary>An audience of the portrait that lacks a consent it needs.</summary>
public sealed record ConsentGap(string Audience, ConsentNeed Need);

/// <summary>What the consents of a portrait allow: which of its audiences may read it, and whether its booklet may be printed.</summary>
/// <param name="Recorded">False for a portrait without a <c>consent:</c> block: it is published as before, to all its audiences, with a booklet.</param>
public sealed record ConsentDecision(bool Recorded, IReadOnlyList<string> Consented, IReadOnlyList<ConsentGap> Missing, bool Print, IReadOnlyList<ConsentNeed> Needs)
{
    public IReadOnlyList<string> Unconsented => [.. Missing.Select(g => g.Audience).Distinct()];
}

/// <summary>
/// The consent rules, judged only for a portrait that has a <c>consent:</c> block (one without is
/// published as before): every audience needs a consent that covers it from each one whose consent is
/// needed, and printing needs <c>print: true</c> from each of them too. Under 16 on the day of approval
/// (today when not approved) a parent or guardian consents beside the person; after a death the
/// family member named <c>representative</c> does.
/// </summary>
public static class ConsentRules
{
    public const int AgeOfConsent = 16;

    public static ConsentDecision Decide(Portrait portrait, DateOnly today)
    {
        if (portrait.Consent is not { } consents)
        {
            return new ConsentDecision(false, portrait.Audiences, [], true, []);
        }

        var needs = Needs(portrait, today);
        var missing = portrait.Audiences
            .SelectMany(audience => needs.Where(need => !consents.Any(c => c.Covers(audience) && Meets(c, need))).Select(need => new ConsentGap(audience, need)))
            .ToList();
        var consented = portrait.Audiences.Where(a => missing.All(g => g.Audience != a)).ToList();
        var print = needs.All(need => consents.Any(c => c.Print && Meets(c, need)));
        return new ConsentDecision(true, consented, missing, print, needs);
    }

    /// <summary>Whether the person was under 16 on <paramref name="day"/>; a birth date of only a year or month counts as its latest day.</summary>
    public static bool IsMinor(Portrait portrait, DateOnly day) => portrait.Born is { } born && born.End.AddYears(AgeOfConsent) > day;

    /// <summary>The day the age counts on: the approval's (its earliest), else today.</summary>
    public static DateOnly AgeDay(Portrait portrait, DateOnly today) => portrait.Approved?.On.Start ?? today;

    private static IReadOnlyList<ConsentNeed> Needs(Portrait portrait, DateOnly today) =>
        portrait.Died is not null ? [ConsentNeed.Representative]
        : IsMinor(portrait, AgeDay(portrait, today)) ? [ConsentNeed.Person, ConsentNeed.ParentOrGuardian]
        : [ConsentNeed.PersonOrRepresentative];

    public static bool Meets(Consent consent, ConsentNeed need) => need switch
    {
        ConsentNeed.Person => consent.Relation == ConsentRelation.Self,
        ConsentNeed.ParentOrGuardian => consent.Relation is ConsentRelation.Parent or ConsentRelation.Guardian,
        ConsentNeed.Representative => consent.Relation == ConsentRelation.Representative,
        _ => consent.Relation is ConsentRelation.Self or ConsentRelation.Guardian or ConsentRelation.Representative,
    };
}
