using System.Text.Json.Serialization;
using PortretSite.Content.Recognition;
using PortretSite.Content.Story;

namespace PortretSite.Content.Portraits;

public enum PortraitStatus
{
    Draft,
    Review,
    Approved,

    /// <summary>Taken back by the person (or their representative): every trace leaves the output and the local state.</summary>
    Withdrawn,
}

public enum PortraitKind
{
    /// <summary>Levensportret: a life story.</summary>
    LifeStory,

    /// <summary>Leefwereldportret: the world someone lives in now, often made by a team.</summary>
    LifeWorld,
}

public enum Mood
{
    High,
    Low,
    Turn,
}

/// <summary>A file inside a portrait folder, as the editor wrote it and as it resolved on disk.</summary>
public sealed record PhotoRef(string Written, string RelativePath, string FullPath);

/// <summary>Who recognised the portrait and when; with the fingerprint of what they recognised once <c>portret approve</c> wrote it.</summary>
public sealed record Approval(string By, PartialDate On)
{
    /// <summary>Null for an approval written before fingerprints existed.</summary>
    public ContentFingerprint? Fingerprint { get; init; }

    /// <summary>The line of index.md the approval starts on.</summary>
    public int? Line { get; init; }
}

/// <summary>In which capacity someone consented: for themselves, or for the person portrayed.</summary>
public enum ConsentRelation
{
    Self,
    Parent,
    Guardian,
    Representative,
}

/// <summary>One consent to publishing: who gave it, in which capacity, when, for which audiences (null: all of the portrait's) and whether to print.</summary>
public sealed record Consent(string By, ConsentRelation Relation, PartialDate On, IReadOnlyList<string>? Audiences, bool Print, int Line)
{
    public bool Covers(string audience) => Audiences is null || Audiences.Contains(audience);
}

/// <summary>What the person wants with a role: keep it, take it up, or let it go.</summary>
public enum RoleWish
{
    None,
    Keep,
    TakeUp,
    LetGo,
}

/// <summary>A meaningful role: when it was held, what the person wants with it, what they give in it and how others can support it.</summary>
public sealed record Role(string Name, RolePeriod? Period, RoleWish Wish, string? Gives, string? Support)
{
    /// <summary>Held on <paramref name="day"/> unless its dates say it ended or is still to come; a role without a period is one of now.</summary>
    public RoleStage StageOn(DateOnly day) => Period?.StageOn(day) ?? RoleStage.Present;
}

/// <summary>The life domains of a leefwereldportret, in the order they are shown.</summary>
public enum LifeDomain
{
    Living,
    SchoolOrWork,
    Family,
    Relationships,
    FreeTime,
    Health,
    Care,
}

/// <summary>One life domain: what goes well there, what is hard, and what helps.</summary>
public sealed record DomainNote(LifeDomain Domain, string? GoesWell, string? Hard, string? Helps);

/// <summary>Someone who made the portrait, and their part in it (interviewer, writer, the person themselves, …).</summary>
public sealed record Maker(string Name, string? Part);

/// <summary>Who speaks in the headings and fixed phrases: the person ("Wie ik ben") or the makers about them ("Wie Josée is").</summary>
public enum Voice
{
    First,
    Third,
}

public sealed record ExperienceTheme(string Feeling, string Need);

public sealed record TimelineEvent(PartialDate Date, string Title, Mood Mood, string? Text, PhotoRef? Photo);

public sealed record Person(string Name, string? Relation);

public sealed record DayMoment(string? Time, string Text);

/// <summary>A photo of the portrait with what the editor said about it (caption and alt may be absent).</summary>
public sealed record PortraitPhoto(PhotoRef File, string? Caption, string? Alt, bool Listed);

/// <summary>
/// A recorded clip of the portrait (<c>clips:</c>): the file in <c>audio/</c> as it was recorded, what it is called,
/// who speaks, its transcript (the text alternative a recording needs, WCAG 1.2.1) and the chapter or life-line event it belongs to.
/// </summary>
/// <param name="Line">The line of index.md the clip's item starts on, for messages about it.</param>
public sealed record PortraitClip(PhotoRef File, string Title, PartialDate? Date, string? Speaker, string? Transcript, string? Chapter, string? Event, int Line)
{
    /// <summary>Names the clip in keys and anchors: its path in the folder, unique by the schema.</summary>
    public string Id => File.RelativePath;
}

/// <summary>A Markdown source of the story: the opening of <c>index.md</c> or an extra chapter file.</summary>
public sealed record StorySource(string RelativePath, int FirstLine, string Markdown)
{
    /// <summary>The audiences a chapter file is restricted to (its own <c>audiences:</c>); null when every reader of the portrait may read it.</summary>
    public IReadOnlyList<string>? Audiences { get; init; }
}

/// <summary>A portrait as validated content: every part typed, every file reference resolved.</summary>
public sealed record Portrait
{
    public required string Slug { get; init; }

    /// <summary>
    /// The stamp of what the portrait was read from, when known (<see cref="PortraitRecords.StampOf"/>: its folder's files,
    /// the settings, the theme, the tool): one stamp, one portrait. It stands for the portrait in the stamps of what is
    /// made from it, and is not part of its JSON.
    /// </summary>
    [JsonIgnore]
    public string? ReadFrom { get; init; }

    /// <summary>The folder, relative to the site root, with forward slashes.</summary>
    public required string RelativeFolder { get; init; }

    public required string FullFolder { get; init; }

    public required string Name { get; init; }

    public PartialDate? Born { get; init; }

    public PartialDate? Died { get; init; }

    public string? Place { get; init; }

    public PortraitKind Kind { get; init; }

    public string Language { get; init; } = "nl";

    public PortraitStatus Status { get; init; }

    public Approval? Approved { get; init; }

    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// <summary>The line of index.md where the audiences are named, for messages about one of them.</summary>
    public int? AudiencesLine { get; init; }

    /// <summary>The consents written in index.md; null when the portrait has no <c>consent:</c> block (then consent is not checked).</summary>
    public IReadOnlyList<Consent>? Consent { get; init; }

    /// <summary>What the portrait holds now (<see cref="PortraitFingerprint"/>); computed for a portrait that carries an approval.</summary>
    public ContentFingerprint? Fingerprint { get; init; }

    public PhotoRef? Cover { get; init; }

    public string? Summary { get; init; }

    /// <summary>How the person likes to be addressed ("Gilberte, not madam"): the first line of the card for carers.</summary>
    public string? AddressAs { get; init; }

    /// <summary>The room, unit or class the person belongs to, shown on the card and in a team's overview.</summary>
    public string? Group { get; init; }

    public IReadOnlyList<Role> Roles { get; init; } = [];

    public IReadOnlyList<ExperienceTheme> Themes { get; init; } = [];

    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];

    public IReadOnlyList<string> Values { get; init; } = [];

    public string? Legacy { get; init; }

    public IReadOnlyList<Person> People { get; init; } = [];

    public string? TypicalDayText { get; init; }

    public IReadOnlyList<DayMoment> TypicalDay { get; init; } = [];

    public string? Observations { get; init; }

    /// <summary>What helps the person, shown prominently.</summary>
    public IReadOnlyList<string> Helps { get; init; } = [];

    /// <summary>What the people around the person had better avoid, shown on the card beside what helps.</summary>
    public IReadOnlyList<string> Avoid { get; init; } = [];

    public IReadOnlyList<DomainNote> Domains { get; init; } = [];

    /// <summary>The common thread of a life (rode draad).</summary>
    public string? Thread { get; init; }

    public string? RememberedAs { get; init; }

    /// <summary>Wishes for later life, care and farewell.</summary>
    public string? Wishes { get; init; }

    public IReadOnlyList<string> Resolutions { get; init; } = [];

    public IReadOnlyList<Maker> Makers { get; init; } = [];

    /// <summary>Resolved: as written, else third person for someone who died and first person otherwise.</summary>
    public Voice Voice { get; init; }

    /// <summary>The name the headings use in the third person: as written, else the first word of the name.</summary>
    public string CalledName { get; init; } = "";

    /// <summary>Who made the portrait with the person (the colophon of the booklet names them).</summary>
    public string? MadeBy { get; init; }

    /// <summary>Every photo in the folder: the listed ones in their order, then the others by file name.</summary>
    public IReadOnlyList<PortraitPhoto> Photos { get; init; } = [];

    public PortraitStory Story { get; init; } = PortraitStory.Empty;

    /// <summary>The recorded clips, in the order <c>clips:</c> lists them.</summary>
    public IReadOnlyList<PortraitClip> Clips { get; init; } = [];

    /// <summary>
    /// The parts only some of its audiences may read (<c>visibility:</c>), by the part's key name, each with
    /// those audiences; a part not named here is read by every audience of the portrait.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Visibility { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The audience whose reading the booklet prints (<c>print: audience:</c>); null for the default.</summary>
    public string? PrintAudience { get; init; }

    public PortraitPhoto? FindPhoto(string relativePath) =>
        Photos.FirstOrDefault(p => p.File.RelativePath == relativePath);
}

/// <summary>What <c>print:</c> says about the booklet: whose reading it prints.</summary>
public sealed record PrintChoice(string? Audience);
