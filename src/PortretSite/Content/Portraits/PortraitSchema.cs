using System.Text.RegularExpressions;
using PortretSite.Content.Schema;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Portraits;

/// <summary>
/// Every front-matter key of <c>index.md</c>: what it holds, whether it is required, what it means and
/// what a new portrait asks about it. Binding, unknown-key hints, the scaffold of <c>portret new</c>
/// and the key tables of the guides all follow from these entries.
/// </summary>
public static partial class PortraitSchema
{
    private static readonly TextType Text = new();
    private static readonly BlockTextType BlockText = new();
    private static readonly DateType Date = new();
    private static readonly PhotoType Photo = new();

    // approved
    private static readonly Key<string?> ApprovedBy = Key.Of("by", Text,
        new("who recognised the portrait (the person, or after a death the family)", "wie het portret herkende (de persoon, of na een overlijden de familie)"),
        required: true, example: new("\"{name}\"", "\"{name}\""));

    private static readonly Key<PartialDate?> ApprovedOn = Key.Of("on", Date,
        new("when", "wanneer"), required: true, example: new("{today}", "{today}"));

    private static readonly RecordSchema<Approval> Approval = new([ApprovedBy, ApprovedOn],
        v => new Approval(v.Get(ApprovedBy)!, v.Get(ApprovedOn)!.Value));

    // roles
    private static readonly Key<string?> RoleName = Key.Of("role", Text,
        new("the role", "de rol"), required: true, example: new("choir singer", "koorzangeres"));

    private static readonly Key<string?> RoleWhen = Key.Of("when", Text,
        new("the period, like `1938–1960`; an open one (`1975–`) is a role of now", "de periode, zoals `1938–1960`; een open periode (`1975–`) is een rol van nu"),
        example: new("1975–", "1975–"));

    private static readonly Key<bool?> RoleKeep = Key.Of("wants_to_keep", new BooleanType(),
        new("a role they want to keep", "een rol die de persoon wil houden"), example: new("true", "true"));

    private static readonly RecordSchema<Role> Role = new([RoleName, RoleWhen, RoleKeep],
        v => new Role(v.Get(RoleName)!, v.Get(RoleWhen), v.Get(RoleKeep) ?? false));

    // themes
    private static readonly Key<string?> Feeling = Key.Of("feeling", Text,
        new("what they feel", "wat de persoon voelt"), required: true, example: new("Uncertainty", "Onzekerheid"));

    private static readonly Key<string?> Need = Key.Of("need", Text,
        new("what they need then", "wat de persoon dan nodig heeft"), required: true, example: new("a need for clarity", "behoefte aan duidelijkheid"));

    private static readonly RecordSchema<ExperienceTheme> Theme = new([Feeling, Need],
        v => new ExperienceTheme(v.Get(Feeling)!, v.Get(Need)!), MissingReport.First);

    // timeline
    private static readonly Key<PartialDate?> EventDate = Key.Of("date", Date,
        new("when it happened", "wanneer het gebeurde"), required: true, example: new("1962-07-14", "1962-07-14"));

    private static readonly Key<string?> EventTitle = Key.Of("title", Text,
        new("what happened, in a few words", "wat er gebeurde, in een paar woorden"), required: true, example: new("Wedding day on the dyke", "Trouwdag op de dijk"));

    private static readonly Key<Mood?> EventMood = Key.Of("mood", new ChoiceType<Mood?>([
            new("high", Mood.High, new("a high", "een hoogtepunt")),
            new("low", Mood.Low, new("a low", "een dieptepunt")),
            new("turn", Mood.Turn, new("a turning point (the default)", "een keerpunt (als niets gekozen is)"))]),
        new("how it felt", "hoe het voelde"), example: new("high", "high"));

    private static readonly Key<string?> EventText = Key.Of("text", Text,
        new("a sentence or two about it", "een zin of twee erover"), example: new("The wind was so strong the veil flew away.", "Het waaide zo hard dat de sluier wegvloog."));

    private static readonly Key<PhotoRef?> EventPhoto = Key.Of("photo", Photo,
        new("a photo of it", "een foto ervan"));

    private static readonly RecordSchema<TimelineEvent> Event = new([EventDate, EventTitle, EventMood, EventText, EventPhoto],
        v => new TimelineEvent(v.Get(EventDate)!.Value, v.Get(EventTitle)!, v.Get(EventMood) ?? Mood.Turn, v.Get(EventText), v.Get(EventPhoto)));

    // people
    private static readonly Key<string?> PersonName = Key.Of("name", Text,
        new("their name", "de naam"), required: true, example: new("John", "Jan"));

    private static readonly Key<string?> PersonRelation = Key.Of("relation", Text,
        new("who they are to the person", "wie die persoon is voor de geportretteerde"), example: new("husband", "echtgenoot"));

    private static readonly RecordSchema<Person> Person = new([PersonName, PersonRelation],
        v => new Person(v.Get(PersonName)!, v.Get(PersonRelation)));

    // typical_day
    private static readonly Key<string?> MomentTime = Key.Of("time", Text,
        new("the time, like `07:30`", "het uur, zoals `07.30`"), example: new("07:30", "07.30"));

    private static readonly Key<string?> MomentText = Key.Of("text", Text,
        new("what happens then", "wat er dan gebeurt"), required: true, example: new("Coffee by the window", "Koffie bij het raam"));

    private static readonly RecordSchema<DayMoment> Moment = new([MomentTime, MomentText],
        v => new DayMoment(v.Get(MomentTime), v.Get(MomentText)!));

    // photos
    private static readonly Key<PhotoRef?> PhotoFile = Key.Of("file", Photo,
        new("the photo", "de foto"), required: true);

    private static readonly Key<string?> PhotoCaption = Key.Of("caption", Text,
        new("the caption under it", "het onderschrift"), example: new("On the dyke, summer 1962", "Op de dijk, zomer 1962"));

    private static readonly Key<string?> PhotoAlt = Key.Of("alt", Text,
        new("what is on it, for readers who cannot see it", "wat erop staat, voor lezers die hem niet kunnen zien"), example: new("A young woman on a dyke in the wind", "Een jonge vrouw op een dijk in de wind"));

    private static readonly RecordSchema<PortraitPhoto> ListedPhoto = new([PhotoFile, PhotoCaption, PhotoAlt],
        v => new PortraitPhoto(v.Get(PhotoFile)!, v.Get(PhotoCaption), v.Get(PhotoAlt), Listed: true));

    // the front matter itself
    private static readonly Key<string?> Name = Key.Of("name", new NonEmptyTextType(),
        new("the person portrayed", "de geportretteerde"), required: true, example: new("\"{name}\"", "\"{name}\""), inScaffold: true);

    private static readonly Key<PartialDate?> Born = Key.Of("born", Date,
        new("born: YYYY, YYYY-MM or YYYY-MM-DD, as remembered", "geboren: JJJJ, JJJJ-MM of JJJJ-MM-DD, zoals herinnerd"), example: new("1938-04-12", "1938-04-12"));

    internal static readonly Key<PartialDate?> Died = Key.Of("died", Date,
        new("died, in the same way", "overleden, op dezelfde manier"), example: new("2024-01-03", "2024-01-03"));

    private static readonly Key<string?> Place = Key.Of("place", Text,
        new("where they lived", "waar de persoon woonde"), example: new("Ghent", "Gent"));

    private static readonly Key<PortraitKind?> Kind = Key.Of("kind", new ChoiceType<PortraitKind?>([
            new("levensportret", PortraitKind.LifeStory, new("a life story (the default)", "een levensverhaal (als niets gekozen is)")),
            new("leefwereldportret", PortraitKind.LifeWorld, new("the world someone lives in now, often made by a team", "de wereld waarin iemand nu leeft, vaak met een team gemaakt"))]),
        new("the kind of portrait", "de soort portret"), example: new("levensportret", "levensportret"), inScaffold: true);

    private static readonly Key<string?> Language = Key.Of("language", new ChoiceType<string?>([
            new("nl", "nl", new("Dutch (the default)", "Nederlands (als niets gekozen is)")),
            new("en", "en", new("English", "Engels"))], quotesTrimmed: true),
        new("labels, dates and quotes follow it", "labels, datums en aanhalingstekens volgen die taal"), example: new("en", "nl"), inScaffold: true);

    internal static readonly Key<PortraitStatus?> Status = Key.Of("status", new ChoiceType<PortraitStatus?>([
            new("draft", PortraitStatus.Draft, new("being written (the default)", "in de maak (als niets gekozen is)")),
            new("review", PortraitStatus.Review, new("with the person or family to read", "ter inzage bij de persoon of de familie")),
            new("approved", PortraitStatus.Approved, new("recognised and approved", "herkend en goedgekeurd"))]),
        new("where the portrait stands; only approved portraits are published", "waar het portret staat; alleen goedgekeurde portretten worden gepubliceerd"), example: new("draft", "draft"), inScaffold: true);

    internal static readonly Key<Approval?> Approved = Key.Of("approved", new RecordType<Approval>(Approval),
        new("who recognised the portrait (\"Yes, that's me!\"), and when; required with status: approved", "wie het portret herkende (\"Ja, dat ben ik!\"), en wanneer; verplicht bij status: approved"));

    private static readonly Key<IReadOnlyList<string>> Audiences = Key.Of("audiences", new TextListType(distinct: true),
        new($"who may read it: audience ids from {SiteLayout.SettingsFileName}; required with status: approved", $"wie het mag lezen: doelgroep-ids uit {SiteLayout.SettingsFileName}; verplicht bij status: approved"),
        example: new("[family-…]", "[familie-…]"));

    private static readonly Key<PhotoRef?> Cover = Key.Of("cover", Photo,
        new("the opening photo", "de openingsfoto"));

    private static readonly Key<string?> Summary = Key.Of("summary", Text,
        new("one line under the name", "één regel onder de naam"), example: new("One sentence that says who this is.", "Eén zin die zegt wie dit is."));

    private static readonly Key<IReadOnlyList<Role>> Roles = Key.Of("roles", new RecordListType<Role>(Role),
        new("roles over time", "rollen door de tijd"),
        question: new("Which roles did you play, which do you play now, and which do you want to keep?", "Welke rollen speelde je, welke speel je nu, en welke wil je houden?"));

    private static readonly Key<IReadOnlyList<ExperienceTheme>> Themes = Key.Of("themes", new RecordListType<ExperienceTheme>(Theme),
        new("experience themes: feeling → need", "belevingsthema's: gevoel → behoefte"),
        question: new("What do you feel, and what do you need then?", "Wat voel je, en wat heb je dan nodig?"));

    private static readonly Key<IReadOnlyList<TimelineEvent>> Timeline = Key.Of("timeline", new RecordListType<TimelineEvent>(Event, orderBy: e => e.Date.Start),
        new("highs, lows and turning points, drawn as the life line", "hoogtes, laagtes en keerpunten, getekend als de levenslijn"),
        question: new("When were you happy? What was hard? What were the turning points?", "Waar was je gelukkig? Wat was zwaar? Wat waren de keerpunten?"));

    private static readonly Key<IReadOnlyList<string>> Values = Key.Of("values", new TextListType(),
        new("what matters to them", "wat de persoon belangrijk vindt"),
        question: new("What matters to you in life?", "Wat vind je belangrijk in het leven?"),
        example: new("[loyalty, humour, caring for each other]", "[trouw, humor, zorg voor elkaar]"));

    private static readonly Key<string?> Legacy = Key.Of("legacy", BlockText,
        new("what they want to pass on", "wat de persoon wil doorgeven"),
        question: new("What do you want to pass on to those who come after you?", "Wat wil je doorgeven aan wie na je komt?"));

    private static readonly Key<IReadOnlyList<Person>> People = Key.Of("people", new RecordListType<Person>(Person),
        new("important people", "belangrijke mensen"),
        question: new("Who are important to you?", "Wie zijn belangrijk voor je?"));

    private static readonly Key<TextOrList<DayMoment>> TypicalDay = Key.Of("typical_day", new TextOrListType<DayMoment>(new RecordListType<DayMoment>(Moment), MomentsFromText),
        new("an ordinary day: text, where a time at the start of every line makes a daily rhythm, or a list", "een gewone dag: tekst, waarin een tijd aan het begin van elke regel een dagritme maakt, of een lijst"),
        question: new("What does an ordinary day look like?", "Hoe ziet een gewone dag eruit?"),
        example: new("07:30 Coffee by the window\n10:00 …", "07.30 Koffie bij het raam\n10.00 …"));

    private static readonly Key<string?> Observations = Key.Of("observations", BlockText,
        new("what the makers saw and felt (mostly in a leefwereldportret)", "wat de makers zagen en voelden (vooral bij een leefwereldportret)"),
        question: new("What did the makers see and feel?", "Wat zagen en voelden de makers?"));

    private static readonly Key<string?> MadeBy = Key.Of("made_by", Text,
        new("who made the portrait with the person; printed in the booklet's colophon", "wie het portret samen met de persoon maakte; komt in het colofon van het boekje"),
        question: new("Who made this portrait together with {name}?", "Wie maakte dit portret samen met {name}?"),
        example: new("Sarah Jones, volunteer at the care home", "Lieve Verhaegen, vrijwilliger van het woonzorgcentrum"));

    private static readonly Key<IReadOnlyList<PortraitPhoto>> Photos = Key.Of("photos", new RecordListType<PortraitPhoto>(ListedPhoto,
            unique: new(p => p.File.RelativePath, p => ContentMessages.PhotoListedTwice(p.File.Written))),
        new("captions, descriptions and order of the photos in photos/; photos not listed still appear in the gallery", "onderschriften, beschrijvingen en volgorde van de foto's in photos/; niet genoemde foto's komen ook in de galerij"),
        question: new("Which photos, in which order, and what is on them?", "Welke foto's, in welke volgorde, en wat staat erop?"));

    /// <summary>The keys of the front matter, in the order the guides and the scaffold show them.</summary>
    public static RecordSchema<BoundRecord> Root { get; } = new(
        [Name, Born, Died, Place, Kind, Language, Status, Approved, Audiences, Cover, Summary,
         Roles, Themes, Timeline, Values, Legacy, People, TypicalDay, Observations, MadeBy, Photos],
        v => v);

    /// <summary>The portrait the front matter describes; what it does not say stays as in <paramref name="seed"/>.</summary>
    public static Portrait Build(BoundRecord v, Portrait seed)
    {
        var day = v.Get(TypicalDay);
        return seed with
        {
            Name = v.Get(Name) ?? seed.Name,
            Born = v.Get(Born),
            Died = v.Get(Died),
            Place = v.Get(Place),
            Kind = v.Get(Kind) ?? seed.Kind,
            Language = v.Get(Language) ?? seed.Language,
            Status = v.Get(Status) ?? seed.Status,
            Approved = v.Get(Approved),
            Audiences = v.Get(Audiences),
            Cover = v.Get(Cover),
            Summary = v.Get(Summary),
            Roles = v.Get(Roles),
            Themes = v.Get(Themes),
            Timeline = v.Get(Timeline),
            Values = v.Get(Values),
            Legacy = v.Get(Legacy),
            People = v.Get(People),
            TypicalDayText = day.Text,
            TypicalDay = day.Items,
            Observations = v.Get(Observations),
            MadeBy = v.Get(MadeBy),
            Photos = v.Get(Photos),
        };
    }

    /// <summary>Free text whose every line starts with a time ("07.30 koffie") reads as moments.</summary>
    private static List<DayMoment> MomentsFromText(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var moments = lines.Select(l => TimedLine().Match(l)).ToList();
        return moments.Count > 1 && moments.All(m => m.Success)
            ? [.. moments.Select(m => new DayMoment(m.Groups["time"].Value.Replace('.', ':'), m.Groups["text"].Value.Trim()))]
            : [];
    }

    [GeneratedRegex(@"^(?<time>\d{1,2}[:.]\d{2})\s*(?:[-–—:]\s*)?(?<text>.+)$")]
    private static partial Regex TimedLine();
}
