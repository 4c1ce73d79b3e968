using PortretSite.Build;
using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;

namespace PortretSite.Cli;

/// <summary>One portrait as <c>portret status</c> shows it.</summary>
internal sealed record PortraitStatusRow(
    string Slug,
    string Name,
    PortraitStatus Status,
    string? ApprovedBy,
    string? ApprovedOn,
    ApprovalState Approval,
    IReadOnlyList<string> ChangedFiles,
    bool ConsentRecorded,
    IReadOnlyList<string> WithConsent,
    IReadOnlyList<string> WithoutConsent,
    bool PrintConsent,
    bool? PublishedInLastBuild);

/// <summary>
/// Every portrait's status, approval, consent and place in the last build, asked of the planner as a
/// check asks it (no secrets needed), and of what the last build left in the cache.
/// </summary>
internal sealed record SiteStatus(UiLanguage Language, DateTime? LastBuild, IReadOnlyList<PortraitStatusRow> Portraits, int Errors)
{
    public static SiteStatus Of(string root)
    {
        var content = ContentLoader.Load(root);
        var planning = new DiagnosticBag();
        var plan = PublicationPlanner.Plan(content, PlanPurpose.Check, passwords: null, onlySlug: null, planning);
        var lastBuildFile = new SiteLayout(root).LastBuildFile;
        var last = BuildFingerprint.Read(root);
        // A last build from before the published portraits were kept names none: then no portrait is said to be missing from it.
        var published = last is { Result: { PublishedSlugs.Count: 0, PortraitsPublished: > 0 } } ? null : last?.Result.PublishedSlugs;
        var rows = plan.Portraits.Select(p => new PortraitStatusRow(
            p.Slug,
            p.Portrait.Name,
            p.Portrait.Status,
            p.Portrait.Approved?.By,
            p.Portrait.Approved?.On.ToString(),
            p.Approval.State,
            p.Approval.ChangedFiles,
            p.Consent.Recorded,
            p.Consent.Recorded ? p.Consent.Consented : [],
            p.Consent.Unconsented,
            p.Consent.Print,
            published?.Contains(p.Slug))).ToList();
        return new SiteStatus(
            UiLanguages.FromCode(content.Settings.Language),
            last is null ? null : File.GetLastWriteTimeUtc(lastBuildFile),
            rows,
            content.Diagnostics.Concat(planning.ToList()).Count(d => d.IsError));
    }
}
