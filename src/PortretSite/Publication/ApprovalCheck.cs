using PortretSite.Content.Portraits;

namespace PortretSite.Publication;

/// <summary>Whether what a portrait holds now is what was recognised.</summary>
public enum ApprovalState
{
    /// <summary>No approval written.</summary>
    NotApproved,

    /// <summary>Approved, and unchanged since.</summary>
    Recognised,

    /// <summary>Approved, but the text or the photos changed since: withheld until approved again.</summary>
    ChangedSinceApproval,

    /// <summary>Approved before fingerprints existed: published as before, with a word to record one.</summary>
    WithoutFingerprint,
}

/// <summary>A portrait's approval held against what it holds now, with the files that changed.</summary>
public sealed record ApprovalCheck(ApprovalState State, IReadOnlyList<string> ChangedFiles)
{
    public static ApprovalCheck Of(Portrait portrait) => portrait.Approved switch
    {
        null => new(ApprovalState.NotApproved, []),
        { Fingerprint: null } => new(ApprovalState.WithoutFingerprint, []),
        { Fingerprint: { } approved } when portrait.Fingerprint is { } now && now.SameAs(approved) => new(ApprovalState.Recognised, []),
        { Fingerprint: { } approved } => new(ApprovalState.ChangedSinceApproval, portrait.Fingerprint?.ChangedSince(approved) ?? []),
    };
}
