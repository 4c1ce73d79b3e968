namespace PortretSite.Build;

/// <summary>What a build should do.</summary>
public sealed record BuildOptions
{
    public required string Root { get; init; }

    /// <summary>The output folder; <c>site/</c> and <c>print/</c> go inside it.</summary>
    public required string Output { get; init; }

    /// <summary>Validate and process, but write no site (<c>portret check</c>).</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Preview: drafts and reviews included and marked, pages not protected.</summary>
    public bool Preview { get; init; }

    /// <summary>Encrypt the site (every published build does; only preview and plain-page tests do not).</summary>
    public bool Protect { get; init; } = true;

    public bool SkipPrint { get; init; }

    /// <summary>Print only this portrait's booklet (<c>portret print &lt;slug&gt;</c>).</summary>
    public string? OnlySlug { get; init; }
}
