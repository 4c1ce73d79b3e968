using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;

namespace PortretSite.Build;

/// <summary>What a build did, for the summary and the exit code.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    UiLanguage Language,
    int PortraitsPublished,
    IReadOnlyList<SkippedPortrait> Skipped,
    PhotoCount Photos,
    int Booklets,
    bool OutputWritten,
    IReadOnlyList<StageTiming> Timings)
{
    /// <summary>Nothing changed since the last build, so nothing was done.</summary>
    public bool Unchanged { get; init; }

    /// <summary>How many portraits the review edition holds (each also has its paper review copy).</summary>
    public int InReviewEdition { get; init; }

    /// <summary>Where the review edition and the paper review copies are, as the summary names it.</summary>
    public string ReviewFolder { get; init; } = "output/review";

    /// <summary>How many portraits are withdrawn: in no output, their traces swept from the local state.</summary>
    public int Withdrawn { get; init; }

    /// <summary>The slugs of the published portraits, which <c>portret status</c> reads back from the last build.</summary>
    public IReadOnlyList<string> PublishedSlugs { get; init; } = [];

    /// <summary>Recordings in the build, counted as photos are.</summary>
    public ClipCount Clips { get; init; } = new(0, 0, 0);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>Photos in the build: how many, how many were decoded now and how many came from the cache.</summary>
public sealed record PhotoCount(int Total, int Decoded, int FromCache);

/// <summary>Recordings in the build: how many, how many were transcoded now and how many came from the cache.</summary>
public sealed record ClipCount(int Total, int Transcoded, int FromCache);

/// <summary>A portrait left out of the published site, its status, and the plan's reason.</summary>
public sealed record SkippedPortrait(string Slug, PortraitStatus Status)
{
    public PlanReason Reason { get; init; } = Status switch
    {
        PortraitStatus.Draft => PlanReason.Draft,
        PortraitStatus.Review => PlanReason.InReview,
        _ => PlanReason.AudienceWithoutPassword,
    };
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
