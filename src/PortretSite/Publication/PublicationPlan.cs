using PortretSite.Content.Pages;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;

namespace PortretSite.Publication;

/// <summary>What a run is for; each asks a different question of the same content.</summary>
public enum PlanPurpose
{
    /// <summary><c>portret build</c>: the protected site for its readers.</summary>
    Publish,

    /// <summary><c>portret check</c>: what a build would publish, without needing any secret.</summary>
    Check,

    /// <summary><c>portret serve</c>: everything, on the editor's own computer, unapproved parts marked.</summary>
    Preview,

    /// <summary><c>portret print &lt;slug&gt;</c>: one booklet of any status, to read together on paper.</summary>
    PrintOne,
}

/// <summary>Whether a portrait reaches its readers.</summary>
public enum Visibility
{
    /// <summary>Approved, and every audience it names can open it.</summary>
    Published,

    /// <summary>Not approved yet: seen in the preview and on paper by the editor, never published.</summary>
    PreviewOnly,

    /// <summary>Approved, but something keeps it from its readers (<see cref="PlannedPortrait.Reason"/>).</summary>
    Withheld,
}

/// <summary>Why a portrait has its <see cref="Visibility"/>.</summary>
public enum PlanReason
{
    Approved,
    Draft,
    InReview,
    AudienceWithoutPassword,

    /// <summary>Approved, but its text or photos changed since: left out until it is approved again.</summary>
    ChangedSinceApproval,

    /// <summary>Approved, but none of its audiences has the consent it needs.</summary>
    WithoutConsent,
}

/// <summary>One portrait's place in the plan: whether it is published and why, who may read it, and whether this run makes it.</summary>
/// <param name="Readers">The audiences it names that may read it: those with the consent they need (all, when the portrait records no consent).</param>
public sealed record PlannedPortrait(Portrait Portrait, Visibility Visibility, PlanReason Reason, IReadOnlyList<string> Readers, bool Included)
{
    public string Slug => Portrait.Slug;

    /// <summary>Whether what it holds is what was recognised.</summary>
    public ApprovalCheck Approval { get; init; } = new(ApprovalState.NotApproved, []);

    /// <summary>Which audiences consented and whether it may be printed.</summary>
    public ConsentDecision Consent { get; init; } = new(false, [], [], true, []);

    /// <summary>The portrait as each of its readers may read it: one reading per distinct set of hidden parts.</summary>
    public IReadOnlyList<PlannedReading> Readings { get; init; } = [];

    /// <summary>The reading its booklet prints, and for whom; none when it may not be printed (no consent to print).</summary>
    public PlannedBooklet? Booklet { get; init; }

    /// <summary>The reading its card for carers shows ("Dit ben ik"): that of a team or of the person themself; none when only families read it.</summary>
    public PlannedReading? CardReading { get; init; }

    /// <summary>The reading of <paramref name="audience"/>; none when it does not read the portrait.</summary>
    public PlannedReading? ReadingOf(string audience) => Readings.FirstOrDefault(r => r.Audiences.Contains(audience));
}

/// <summary>An audience of the site with its passwords and the published portraits it may open, each as its own reading.</summary>
public sealed record PlannedAudience(Audience Audience, IReadOnlyList<Password> Passwords, IReadOnlyList<Portrait> Portraits)
{
    /// <summary>Its reading of each portrait in <see cref="Portraits"/>, in the same order.</summary>
    public IReadOnlyList<PlannedReading> Readings { get; init; } = [];

    /// <summary>The site pages it may open (an about page, a team's ground rules), linked from its home page.</summary>
    public IReadOnlyList<Page> Pages { get; init; } = [];

    /// <summary>A team or the person themself reads cards ("Dit ben ik"); a family reads the portrait as it is.</summary>
    public bool ReadsCards => Audience.Kind != AudienceKind.Family;
}

/// <summary>
/// Who may read what of the site, decided once right after Content. Site, Print, the summary and
/// the preview read it; none of them decides on its own.
/// </summary>
public sealed record PublicationPlan(PlanPurpose Purpose, IReadOnlyList<PlannedPortrait> Portraits, IReadOnlyList<PlannedAudience> Audiences)
{
    /// <summary>The portraits this run processes and renders, in content order.</summary>
    public IReadOnlyList<Portrait> Included => [.. Portraits.Where(p => p.Included).Select(p => p.Portrait)];

    /// <summary>The booklets of the portraits this run includes, each printing its chosen reading.</summary>
    public IReadOnlyList<PlannedBooklet> Booklets => [.. Portraits.Where(p => p.Included && p.Booklet is not null).Select(p => p.Booklet!)];

    /// <summary>Whether <paramref name="slug"/> gets a booklet in this run, for the pages that offer it.</summary>
    /// <summary>
    /// The portraits in review that get a paper review copy: every one in a build, the one printed by
    /// <c>portret print</c> when it is in review. Each holds the whole portrait, whatever its audiences: an approval covers all of it.
    /// </summary>
    public IReadOnlyList<Portrait> ReviewCopies => Purpose switch
    {
        PlanPurpose.Publish => [.. Portraits.Where(p => p.Reason == PlanReason.InReview).Select(p => p.Portrait)],
        PlanPurpose.PrintOne => [.. Portraits.Where(p => p.Included && p.Reason == PlanReason.InReview).Select(p => p.Portrait)],
        _ => [],
    };

    public bool HasBooklet(string slug) => Portraits.Any(p => p.Slug == slug && p.Included && p.Booklet is not null);

    public IReadOnlyList<PlannedPortrait> Published => [.. Portraits.Where(p => p.Visibility == Visibility.Published)];

    /// <summary>The portraits left out of the published site, with the reason.</summary>
    public IReadOnlyList<PlannedPortrait> Unpublished => [.. Portraits.Where(p => p.Visibility != Visibility.Published)];

    /// <summary>Pages and booklets say a portrait is not approved yet wherever an unapproved one can be seen.</summary>
    public bool MarksStatus => Purpose is PlanPurpose.Preview or PlanPurpose.PrintOne;

    /// <summary>
    /// The site pages this run renders: every page in a preview or a check; in a protected build those
    /// an audience with a password may open, each sealed once, whichever audiences share it.
    /// </summary>
    public IReadOnlyList<Page> Pages { get; init; } = [];

    /// <summary>Whether a team or the person themself reads <paramref name="slug"/>: its card is made, on the site and on paper.</summary>
    public bool HasCard(string slug) => Portraits.FirstOrDefault(p => p.Slug == slug)?.CardReading is not null;

    /// <summary>How many portraits are withdrawn: they are in none of the plan's lists, and a build sweeps away what was made of them.</summary>
    public int Withdrawn { get; init; }

    /// <summary>Audiences that can open something: they get a key slot and a list of their portraits.</summary>
    public IEnumerable<PlannedAudience> Readable => Audiences.Where(a => a.Passwords.Count > 0);
}
