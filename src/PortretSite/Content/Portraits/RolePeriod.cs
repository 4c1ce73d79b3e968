namespace PortretSite.Content.Portraits;

/// <summary>Where a role stands on a given day: ended, held, or still to come.</summary>
public enum RoleStage
{
    Past,
    Present,
    Future,
}

/// <summary>
/// When someone had a role: from a date (or from as long as anyone remembers) to a date, or still.
/// <paramref name="Written"/> is the editor's own words (<c>when: sinds 2019</c>), null when the
/// period came from <c>since</c>/<c>until</c>.
/// </summary>
public sealed record RolePeriod(PartialDate? From, PartialDate? Until, bool Open, string? Written = null)
{
    /// <summary>A role for which nothing but "now" or "always" is known: held, open-ended.</summary>
    public static RolePeriod Ongoing(string? written) => new(null, null, Open: true, written);

    /// <summary>
    /// The stage of the role on <paramref name="day"/>, from its dates alone: one that starts after
    /// the day is still to come, an open one or one that ends on or after the day is held, any other has ended.
    /// </summary>
    public RoleStage StageOn(DateOnly day) =>
        From is { } from && from.Start > day ? RoleStage.Future
        : Open || Until is { } until && until.End >= day ? RoleStage.Present
        : RoleStage.Past;
}
