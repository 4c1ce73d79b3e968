using PortretSite.Publication;

namespace PortretSite.Build;

/// <summary>What a run leaves behind.</summary>
public enum BuildOutput
{
    /// <summary>Nothing: the content is checked, rendered and thrown away.</summary>
    None,

    /// <summary>The site (and its booklets), planned, and the output folder updated from the plan at the end.</summary>
    Site,

    /// <summary>One booklet moved into the output's print folder; the rest of the output untouched.</summary>
    OneBooklet,
}

/// <summary>
/// The kind of run, decided once from the options: what the plan is asked, whether booklets are
/// printed, whether the site is encrypted, and what is written.
/// </summary>
public sealed record BuildMode(PlanPurpose Purpose, bool Prints, bool Protects, BuildOutput Output)
{
    public static BuildMode From(BuildOptions options) => options switch
    {
        { OnlySlug: not null } => new(PlanPurpose.PrintOne, Prints: true, Protects: false, BuildOutput.OneBooklet),
        { CheckOnly: true } => new(PlanPurpose.Check, Prints: false, Protects: false, BuildOutput.None),
        { Preview: true } => new(PlanPurpose.Preview, Prints: false, Protects: false, BuildOutput.Site),
        _ => new(PlanPurpose.Publish, Prints: !options.SkipPrint, options.Protect, BuildOutput.Site),
    };

    /// <summary>Only a repeatable run of the whole site can be recognised as unchanged and skipped.</summary>
    public bool Incremental => Purpose == PlanPurpose.Publish;

    /// <summary>A check reads the passwords too, to say which ones a build will miss.</summary>
    public bool ReadsPasswords => Protects || Purpose == PlanPurpose.Check;
}
