using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Publication;

/// <summary>
/// The publication rule, in one place: only approved portraits are published, each to the
/// audiences it names, and only when every one of those audiences has a password. A check asks
/// the same question without secrets, so a missing password is a warning there and an error in a build.
/// </summary>
public static class PublicationPlanner
{
    /// <param name="passwords">The audiences' passwords; none when the run protects nothing (preview, print, plain pages).</param>
    /// <param name="onlySlug">The portrait of <see cref="PlanPurpose.PrintOne"/>.</param>
    public static PublicationPlan Plan(SiteContent content, PlanPurpose purpose, AudiencePasswords? passwords, string? onlySlug, DiagnosticBag diagnostics)
    {
        // A withdrawn portrait is in no run at all: not published, not previewed, not printed, not reviewed.
        var current = content.Portraits.Where(p => p.Status != PortraitStatus.Withdrawn).ToList();
        if (purpose == PlanPurpose.PrintOne && !current.Any(p => p.Slug == onlySlug))
        {
            diagnostics.Error(SiteLayout.PortraitsFolderName, null, PublicationMessages.NoSuchPortrait(onlySlug ?? ""));
        }

        var portraits = current.Select(p => PlanPortrait(p, content.Settings, purpose, passwords, onlySlug, diagnostics)).ToList();
        var audiences = content.Settings.Audiences
            .Select(a => (Audience: a, Readings: portraits.Where(p => p.Visibility == Visibility.Published && p.Readers.Contains(a.Id)).Select(p => p.ReadingOf(a.Id)!).ToList()))
            .Select(a => new PlannedAudience(a.Audience, passwords?.For(a.Audience.Id) ?? [], [.. a.Readings.Select(r => r.Portrait)])
            {
                Readings = a.Readings,
                // A page goes to the audiences it names, as a portrait does; an unknown one is a content error already.
                Pages = [.. content.Pages.Where(p => p.Audiences.Contains(a.Audience.Id))],
            })
            .ToList();
        WarnAboutEmptyAudiences(purpose, audiences, diagnostics);
        IReadOnlyList<Content.Pages.Page> pages = purpose switch
        {
            PlanPurpose.PrintOne => [],
            PlanPurpose.Publish when passwords is not null => [.. content.Pages.Where(p => audiences.Any(a => a.Passwords.Count > 0 && a.Pages.Contains(p)))],
            _ => content.Pages,
        };
        return new PublicationPlan(purpose, portraits, audiences) { Pages = pages, Withdrawn = content.Portraits.Count - current.Count };
    }

    /// <summary>A family whose password opens an empty site should hear about it from the editor first.</summary>
    private static void WarnAboutEmptyAudiences(PlanPurpose purpose, List<PlannedAudience> audiences, DiagnosticBag diagnostics)
    {
        if (purpose is not (PlanPurpose.Publish or PlanPurpose.Check))
        {
            return;
        }

        foreach (var audience in audiences.Where(a => a.Portraits.Count == 0))
        {
            diagnostics.Warning(SiteLayout.SettingsFileName, null, PublicationMessages.AudienceWithoutPortraits(audience.Audience.Id));
        }
    }

    private static PlannedPortrait PlanPortrait(Portrait portrait, SiteSettings settings, PlanPurpose purpose, AudiencePasswords? passwords, string? onlySlug, DiagnosticBag diagnostics)
    {
        var (visibility, reason) = portrait.Status switch
        {
            PortraitStatus.Draft => (Visibility.PreviewOnly, PlanReason.Draft),
            PortraitStatus.Review => (Visibility.PreviewOnly, PlanReason.InReview),
            _ => (Visibility.Published, PlanReason.Approved),
        };
        // Only a build and a check speak of publishing; the preview and a single booklet show everything to the editor.
        var publishes = purpose is PlanPurpose.Publish or PlanPurpose.Check;
        var approval = ApprovalCheck.Of(portrait);
        var consent = ConsentRules.Decide(portrait, DateOnly.FromDateTime(DateTime.Today));
        if (visibility == Visibility.Published && approval.State == ApprovalState.ChangedSinceApproval)
        {
            (visibility, reason) = (Visibility.Withheld, PlanReason.ChangedSinceApproval);
        }

        if (visibility == Visibility.Published && consent.Recorded && consent.Consented.Count == 0 && portrait.Audiences.Count > 0)
        {
            (visibility, reason) = (Visibility.Withheld, PlanReason.WithoutConsent);
        }

        if (publishes && portrait.Status == PortraitStatus.Approved)
        {
            RecognitionAndConsentReport.Report(portrait, approval, consent, diagnostics);
        }

        // A check only says what a build will need: there the portrait would still be published once the password is set.
        if (visibility == Visibility.Published && passwords is not null && !EveryAudienceHasAPassword(portrait, settings, purpose, passwords, diagnostics) && purpose != PlanPurpose.Check)
        {
            (visibility, reason) = (Visibility.Withheld, PlanReason.AudienceWithoutPassword);
        }

        var included = purpose switch
        {
            PlanPurpose.PrintOne => portrait.Slug == onlySlug,
            // A check looks at drafts too: better to hear about a broken photo before anyone approves.
            PlanPurpose.Preview or PlanPurpose.Check => true,
            _ => visibility == Visibility.Published,
        };
        // An audience the settings do not know reads nothing: that is a content error already.
        var readers = consent.Consented.Where(a => settings.FindAudience(a) is not null).ToList();
        var readings = PortraitReading.ReadingsOf(portrait, readers);
        var card = readings.FirstOrDefault(r => r.Audiences.Any(a => settings.FindAudience(a)?.Kind is AudienceKind.Team or AudienceKind.Self));
        return new PlannedPortrait(portrait, visibility, reason, consent.Consented, included)
        {
            Approval = approval,
            Consent = consent,
            Readings = readings,
            // One booklet printed to read together needs no consent; the booklets of a build do.
            Booklet = purpose == PlanPurpose.PrintOne || consent.Print ? PortraitReading.BookletOf(portrait, settings) with { Card = card } : null,
            CardReading = card,
        };
    }

    /// <summary>A build refuses to publish an audience it cannot open; a check only says what the build will need.</summary>
    private static bool EveryAudienceHasAPassword(Portrait portrait, SiteSettings settings, PlanPurpose purpose, AudiencePasswords passwords, DiagnosticBag diagnostics)
    {
        // An audience the settings do not know is a content error already, reported where it was written.
        var missing = portrait.Audiences.Where(a => settings.FindAudience(a) is not null && passwords.For(a).Count == 0).ToList();
        foreach (var audience in missing)
        {
            var file = $"{portrait.RelativeFolder}/index.md";
            var variable = AudiencePasswords.VariableFor(audience);
            if (purpose == PlanPurpose.Check)
            {
                diagnostics.Warning(file, null, PublicationMessages.NoPasswordYet(audience, variable));
            }
            else
            {
                diagnostics.Error(file, null, PublicationMessages.NoPassword(audience, variable));
            }
        }

        return missing.Count == 0;
    }
}
