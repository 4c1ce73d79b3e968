namespace PortretSite.Rendering.Pages;

/// <summary>
/// The card for carers ("Dit ben ik", after Alzheimer Nederland's "Dat ben ik" and the Alzheimer's
/// Society's "This is me"): what someone caring for the person today needs, on one page. Made from
/// the portrait it is given and nothing else, so a restricted copy makes a restricted card.
/// </summary>
public sealed record PortraitCardView
{
    public required string Slug { get; init; }

    public required string Lang { get; init; }

    public required string Name { get; init; }

    /// <summary>"Dit ben ik", or in the third person "Dit is Gilberte".</summary>
    public required string Title { get; init; }

    public string? CoverHtml { get; init; }

    public string? AddressAs { get; init; }

    public string? Group { get; init; }

    public IReadOnlyList<string> Helps { get; init; } = [];

    public IReadOnlyList<string> Avoid { get; init; } = [];

    public IReadOnlyList<ThemeView> Themes { get; init; } = [];

    /// <summary>The roles the person wants to keep, each with how others can support it.</summary>
    public IReadOnlyList<RoleView> Roles { get; init; } = [];

    public IReadOnlyList<PersonView> People { get; init; } = [];

    public DayView? TypicalDay { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>"A card from the portrait of Gilberte Verhaegen; the portrait tells more."</summary>
    public required string Source { get; init; }

    public string? ApprovalLine { get; init; }

    /// <summary>The portrait's page, where the plain site links it; the protected site's shell adds its own links.</summary>
    public string? PortraitUrl { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }
}

/// <summary>What the printed card's template sees: the card, and the site it comes from.</summary>
public sealed record CardSheetView(PortraitCardView Card, string SiteTitle, IReadOnlyDictionary<string, string> Labels);
