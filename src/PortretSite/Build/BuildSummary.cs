using PortretSite.Audio;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Images;
using PortretSite.Publication;

namespace PortretSite.Build;

/// <summary>The result of a run as the plan and the stages left it.</summary>
internal static class BuildSummary
{
    public static BuildResult Of(BuildMode mode, PublicationPlan plan, PhotoCatalog catalog, ClipCatalog clips, int booklets, bool written, IReadOnlyList<Diagnostic> diagnostics, UiLanguage language, IReadOnlyList<StageTiming> timings)
    {
        // Only a build or a check speaks of publishing: a preview and a single booklet publish nothing.
        var publishes = mode.Purpose is PlanPurpose.Publish or PlanPurpose.Check;
        var published = publishes ? plan.Published.Count : 0;
        IReadOnlyList<SkippedPortrait> skipped = publishes ? [.. plan.Unpublished.Select(p => new SkippedPortrait(p.Slug, p.Portrait.Status) { Reason = p.Reason })] : [];
        var photos = new PhotoCount(catalog.Files, catalog.Decoded, catalog.FromCache);
        return new BuildResult(diagnostics, language, published, skipped, photos, booklets, written, timings)
        {
            Clips = new ClipCount(clips.Files, clips.Transcoded, clips.FromCache),
            PublishedSlugs = publishes ? [.. plan.Published.Select(p => p.Slug)] : [],
            Withdrawn = publishes ? plan.Withdrawn : 0,
        };
    }
}
