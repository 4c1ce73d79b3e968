using PortretSite.Content.Portraits;
using PortretSite.Rendering.Dates;
using PortretSite.Rendering.Theme;

namespace PortretSite.Rendering.Pages;

/// <summary>The four groups of meaningful roles: who someone was, is, wants to keep and wants to become, each decided from the role's dates.</summary>
public static class RolesViewBuilder
{
    /// <param name="today">The day "now" means; for someone who died, the day of death is used instead.</param>
    public static RolesView? Build(Portrait portrait, Labels labels, DateOnly today)
    {
        if (portrait.Roles.Count == 0)
        {
            return null;
        }

        var day = portrait.Died is { } died ? died.End : today;
        var roles = portrait.Roles.Select(r => (Role: r, Stage: r.StageOn(day))).ToList();
        bool Becoming((Role Role, RoleStage Stage) r) => r.Role.Wish == RoleWish.TakeUp || r.Stage == RoleStage.Future;

        // What a role gives and how to support it stand beside it once: under what the person wants to keep when they want to keep it.
        RoleView View(Role role, bool details) => new(
            role.Name, When(role.Period, labels, portrait.Language), details ? role.Gives : null, details ? role.Support : null, role.Wish == RoleWish.LetGo);

        // A role of now is part of who someone is, whether or not they want to keep it; a group without roles is not shown.
        return new RolesView(
            [.. roles.Where(r => r.Stage == RoleStage.Past && !Becoming(r)).Select(r => View(r.Role, r.Role.Wish != RoleWish.Keep))],
            [.. roles.Where(r => r.Stage == RoleStage.Present && !Becoming(r)).Select(r => View(r.Role, r.Role.Wish != RoleWish.Keep))],
            [.. roles.Where(r => r.Role.Wish == RoleWish.Keep).Select(r => View(r.Role, details: true))],
            [.. roles.Where(Becoming).Select(r => View(r.Role, details: true))]);
    }

    /// <summary>The period as the editor wrote it, or from since/until as "1952–1961", "sinds 2019", "tot 1965".</summary>
    private static string? When(RolePeriod? period, Labels labels, string language)
    {
        if (period is null || period.Written is not null)
        {
            return period?.Written;
        }

        var from = period.From is { } f ? DateText.Format(f, language) : null;
        var until = period.Until is { } u ? DateText.Format(u, language) : null;
        return (from, until) switch
        {
            ({ } a, { } b) => $"{a}–{b}",
            ({ } a, null) => labels["periodSince"].Replace("{date}", a, StringComparison.Ordinal),
            (null, { } b) => labels["periodUntil"].Replace("{date}", b, StringComparison.Ordinal),
            _ => null,
        };
    }
}
