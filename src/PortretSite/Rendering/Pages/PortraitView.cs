namespace PortretSite.Rendering.Pages;

// The shapes the theme's templates see. Everything is already formatted and escaped where it
// is text; properties ending in Html hold trusted HTML that templates write with {{{ }}}.

public sealed record PortraitView
{
    public required string Slug { get; init; }

    public required string Lang { get; init; }

    public required string Name { get; init; }

    public required string Years { get; init; }

    public string? Life { get; init; }

    public string? Summary { get; init; }

    public required string KindLabel { get; init; }

    public string? CoverHtml { get; init; }

    /// <summary>A cover taller than wide stands beside the name instead of above it.</summary>
    public bool CoverIsTall { get; init; }

    public string? StatusBanner { get; init; }

    /// <summary>In the preview only: which parts only some audiences read.</summary>
    public string? VisibilityNote { get; init; }

    public IReadOnlyList<ChapterView> Chapters { get; init; } = [];

    public IReadOnlyList<ChapterView> Toc { get; init; } = [];

    public string? FootnotesHtml { get; init; }

    public RolesView? Roles { get; init; }

    public IReadOnlyList<ThemeView> Themes { get; init; } = [];

    public TimelineView? Timeline { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    public string? LegacyHtml { get; init; }

    public IReadOnlyList<PersonView> People { get; init; } = [];

    public DayView? TypicalDay { get; init; }

    public string? ObservationsHtml { get; init; }

    /// <summary>A leefwereldportret opens with today (what helps, the day, the domains); a levensportret with the story and the life line.</summary>
    public bool OpensWithToday { get; init; }

    public IReadOnlyList<string> Helps { get; init; } = [];

    public IReadOnlyList<DomainView> Domains { get; init; } = [];

    public string? ThreadHtml { get; init; }

    public string? RememberedAsHtml { get; init; }

    public string? WishesHtml { get; init; }

    public IReadOnlyList<string> Resolutions { get; init; } = [];

    /// <summary>Whether any of thread, remembered_as, wishes or resolutions is there.</summary>
    public bool HasMeaning => ThreadHtml is not null || RememberedAsHtml is not null || WishesHtml is not null || Resolutions.Count > 0;

    public IReadOnlyList<MakerView> Makers { get; init; } = [];

    /// <summary>The older one-line <c>made_by</c>, shown where the makers are when it is all there is.</summary>
    public string? MadeBy { get; init; }

    public bool HasMakers => Makers.Count > 0 || MadeBy is not null;

    public IReadOnlyList<GalleryItemView> Gallery { get; init; } = [];

    /// <summary>The recordings of their own voice, each with its player (or on paper its QR code) and its transcript.</summary>
    public IReadOnlyList<ClipView> Clips { get; init; } = [];

    public string? ApprovalLine { get; init; }

    public string? BookletUrl { get; init; }

    /// <summary>The portrait's card for carers, where the plain site links it (the protected site's shell adds the link for a team).</summary>
    public string? CardUrl { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }
}

public sealed record ChapterView(string Id, string? TitleHtml, string? TitleText, string Html);

public sealed record RolesView(IReadOnlyList<RoleView> Was, IReadOnlyList<RoleView> Is, IReadOnlyList<RoleView> Keep, IReadOnlyList<RoleView> Become);

public sealed record RoleView(string Name, string? When, string? Gives, string? Support, bool LetGo);

public sealed record DomainView(string Key, string Title, string? GoesWell, string? Hard, string? Helps);

public sealed record MakerView(string Name, string? Part);

public sealed record ThemeView(string Feeling, string Need);

public sealed record TimelineView(string WideSvg, string TallSvg, IReadOnlyList<EventView> Events);

public sealed record EventView(string Anchor, string DateText, string Iso, string Title, string Mood, string MoodLabel, string? TextHtml, string? PhotoHtml);

public sealed record PersonView(string Name, string? Relation);

public sealed record DayView(IReadOnlyList<MomentView> Moments, string? TextHtml);

public sealed record MomentView(string? Time, string Text);

/// <param name="LargeAttributesHtml">What the link to the large photo needs besides its address (the protected site's item), to write inside its tag.</param>
/// <summary>A clip as the page lists it: <c>PlayerHtml</c> is the player on screens and the QR code on paper.</summary>
public sealed record ClipView(string Id, string Title, string Meta, string? BelongsTo, string PlayerHtml, string? TranscriptHtml);

public sealed record GalleryItemView(string Id, string PictureHtml, string? Caption, string LargeUrl, string LargeAttributesHtml, int LargeWidth, int LargeHeight);

/// <summary>A portrait as the home page lists it.</summary>
public sealed record CardView(string Name, string Years, string? Summary, string? CoverHtml, string Url, string? StatusBanner)
{
    /// <summary>The room, unit or class, shown in a team's overview.</summary>
    public string? Group { get; init; }

    /// <summary>The portrait's card for carers, for a reader who may open it.</summary>
    public string? CardUrl { get; init; }

    public string CardLinkText { get; init; } = "";
}

public sealed record HomeView(string SiteTitle, string Lang, IReadOnlyList<CardView> Portraits, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>A team's overview: sorted by name, each one's group, wording for professionals.</summary>
    public bool ForTeam { get; init; }

    /// <summary>The site pages this reader may open (an about page, ground rules), listed below the portraits.</summary>
    public IReadOnlyList<PageLinkView> Pages { get; init; } = [];
}

/// <summary>A site page as the home page links it.</summary>
public sealed record PageLinkView(string Title, string? Summary, string Url);

/// <summary>A site page (<c>input/pages</c>): its title, its text, and for ground rules who agreed and when.</summary>
public sealed record SitePageView(string Title, string Lang, string Kind, string KindLabel, string? Summary, string? BodyHtml, string? Agreed, IReadOnlyDictionary<string, string> Labels);

/// <summary>The frame of a plain (preview) page around its content.</summary>
public sealed record LayoutView(string Title, string SiteTitle, string Lang, string Root, string BodyHtml, string BodyClass, IReadOnlyDictionary<string, string> Labels);
