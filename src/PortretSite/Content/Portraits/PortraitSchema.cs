using System.Text.RegularExpressions;
using PortretSite.Content.Recognition;
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

    private static readonly Key<string?> ApprovedFingerprint = Key.Of("fingerprint", new FingerprintType(),
        new("what was recognised, as one hash over the text of every part, the chapters and the photos (not layout, comments, status, audiences, consent or this block); a portrait that no longer matches it is left out of the site and the booklets until it is approved again", "wat herkend werd, als één hash over de tekst van elk onderdeel, de hoofdstukken en de foto's (niet de opmaak, opmerkingen, status, doelgroepen, toestemming of dit blok); een portret dat er niet meer mee overeenkomt, blijft weg van de site en uit de boekjes tot het opnieuw goedgekeurd is"),
        byCommand: true);

    private static readonly Key<IReadOnlyList<FileFingerprint>> ApprovedFiles = Key.Of("files", new FileFingerprintsType(),
        new("the hash of each file the fingerprint covers, so a change can be named", "de hash van elk bestand dat de vingerafdruk dekt, zodat een wijziging genoemd kan worden"),
        byCommand: true);

    private static readonly RecordSchema<Approval> Approval = new([ApprovedBy, ApprovedOn, ApprovedFingerprint, ApprovedFiles],
        v => new Approval(v.Get(ApprovedBy)!, v.Get(ApprovedOn)!.Value)
        {
            Fingerprint = v.Get(ApprovedFingerprint) is { } value ? new ContentFingerprint(value, v.Get(ApprovedFiles)) : null,
            Line = v.Line,
        });

    // consent
    private static readonly Key<string?> ConsentBy = Key.Of("by", Text,
        new("who gave consent: the person, or who speaks for them", "wie toestemming gaf: de persoon, of wie voor de persoon spreekt"),
        required: true, example: new("\"{name}\"", "\"{name}\""));

    private static readonly Key<ConsentRelation?> ConsentRelationKey = Key.Of("relation", new ChoiceType<ConsentRelation?>([
            new("self", ConsentRelation.Self, new("the person themselves (the default)", "de persoon zelf (als niets gekozen is)")),
            new("parent", ConsentRelation.Parent, new("a parent: required beside the person's own consent for someone under 16", "een ouder: nodig naast de eigen toestemming bij iemand jonger dan 16")),
            new("guardian", ConsentRelation.Guardian, new("a legal guardian: counts as a parent", "een voogd: telt als een ouder")),
            new("representative", ConsentRelation.Representative, new("the family member who speaks for the person: required after a death, and enough for an adult who cannot consent", "het familielid dat voor de persoon spreekt: nodig na een overlijden, en genoeg voor een volwassene die zelf niet kan toestemmen"))]),
        new("who they are to the person, as far as consent goes", "wie die persoon is voor de geportretteerde, wat toestemming betreft"), example: new("self", "self"));

    private static readonly Key<PartialDate?> ConsentOn = Key.Of("on", Date,
        new("when", "wanneer"), required: true, example: new("{today}", "{today}"));

    private static readonly Key<IReadOnlyList<string>> ConsentAudiences = Key.Of("audiences", new TextListType(distinct: true),
        new("the audiences it covers; without it, every audience of the portrait", "de doelgroepen waarvoor ze geldt; zonder: elke doelgroep van het portret"),
        example: new("[family-…]", "[familie-…]"));

    private static readonly Key<bool?> ConsentPrint = Key.Of("print", new BooleanType(),
        new("whether the booklet may be printed; without it, no", "of het boekje gedrukt mag worden; zonder: nee"), example: new("true", "true"));

    private static readonly RecordSchema<Consent> ConsentEntry = new([ConsentBy, ConsentRelationKey, ConsentOn, ConsentAudiences, ConsentPrint],
        v => new Consent(v.Get(ConsentBy)!, v.Get(ConsentRelationKey) ?? ConsentRelation.Self, v.Get(ConsentOn)!.Value, v.IsWritten(ConsentAudiences) ? v.Get(ConsentAudiences) : null, v.Get(ConsentPrint) ?? false, v.Line));

    // roles
    private static readonly Key<string?> RoleName = Key.Of("role", Text,
        new("the role", "de rol"), required: true, example: new("choir singer", "koorzangeres"));

    private static readonly Key<RolePeriod?> RoleWhen = Key.Of("when", new PeriodType(),
        new("when they had the role: `1938–1960`; an open period (`1975–`, `since 2019`, `now`, `always`) is a role of now", "wanneer de persoon de rol had: `1938–1960`; een open periode (`1975–`, `sinds 2019`, `nu`, `altijd`) is een rol van nu"),
        example: new("1975–", "1975–"));

    private static readonly Key<PartialDate?> RoleSince = Key.Of("since", Date,
        new("instead of when: the date the role began", "in plaats van when: de datum waarop de rol begon"), example: new("1975", "1975"));

    private static readonly Key<PartialDate?> RoleUntil = Key.Of("until", Date,
        new("instead of when: the date the role ended; without it the role is one of now", "in plaats van when: de datum waarop de rol eindigde; zonder is het een rol van nu"), example: new("2010-06", "2010-06"));

    private static readonly Key<RoleWish?> RoleWants = Key.Of("wants", new ChoiceType<RoleWish?>([
            new("keep", RoleWish.Keep, new("a role they want to keep (or keep alive, as in a care home)", "een rol die de persoon wil houden (of levend houden, zoals in het woonzorgcentrum)")),
            new("take_up", RoleWish.TakeUp, new("a role they want to take up: who they want to become", "een rol die de persoon wil opnemen: wie de persoon wil worden")),
            new("let_go", RoleWish.LetGo, new("a role they want to let go of", "een rol die de persoon wil loslaten"))]),
        new("what they want with the role", "wat de persoon met de rol wil"), example: new("keep", "keep"));

    private static readonly Key<string?> RoleGives = Key.Of("gives", Text,
        new("what the person gives to others in this role", "wat de persoon in deze rol aan anderen geeft"), example: new("Sings the second voice and knows every hymn by heart", "Zingt de tweede stem en kent elk lied vanbuiten"));

    private static readonly Key<string?> RoleSupport = Key.Of("support", Text,
        new("how family, carers or teachers can help keep or grow the role", "hoe familie, zorgverleners of leerkrachten kunnen helpen de rol te houden of te laten groeien"), example: new("Take her to the Thursday rehearsal", "Breng haar op donderdag naar de repetitie"));

    private static readonly Key<bool?> RoleKeep = Key.Of("wants_to_keep", new BooleanType(),
        new("older form of `wants: keep`, still read", "oudere vorm van `wants: keep`, wordt nog gelezen"), example: new("true", "true"), superseded: true);

    private static readonly RecordSchema<Role> Role = new([RoleName, RoleWhen, RoleSince, RoleUntil, RoleWants, RoleGives, RoleSupport, RoleKeep],
        v => new Role(v.Get(RoleName)!, RolePeriodOf(v), v.Get(RoleWants) ?? (v.Get(RoleKeep) == true ? RoleWish.Keep : RoleWish.None), v.Get(RoleGives), v.Get(RoleSupport)),
        check: CheckRole);

    // domains
    private static readonly Key<LifeDomain?> DomainName = Key.Of("domain", new ChoiceType<LifeDomain?>([.. DomainWords.Select(d => new Choice<LifeDomain?>(d.Written, d.Domain, d.Help))]),
        new("the life domain", "het leefgebied"), required: true, example: new("school_or_work", "school_or_work"));

    private static readonly Key<string?> DomainGoesWell = Key.Of("goes_well", Text,
        new("what goes well there", "wat daar goed gaat"), example: new("Drawing class on Wednesday", "De tekenklas op woensdag"));

    private static readonly Key<string?> DomainHard = Key.Of("hard", Text,
        new("what is hard there", "wat daar moeilijk is"), example: new("Lessons where the task changes halfway", "Lessen waarin de opdracht onderweg verandert"));

    private static readonly Key<string?> DomainHelps = Key.Of("helps", Text,
        new("what helps there", "wat daar helpt"), example: new("A plan on paper", "Een plan op papier"));

    private static readonly RecordSchema<DomainNote> Domain = new([DomainName, DomainGoesWell, DomainHard, DomainHelps],
        v => new DomainNote(v.Get(DomainName)!.Value, v.Get(DomainGoesWell), v.Get(DomainHard), v.Get(DomainHelps)));

    // makers
    private static readonly Key<string?> MakerName = Key.Of("name", Text,
        new("their name", "de naam"), required: true, example: new("Sarah Jones", "Lieve Verhaegen"));

    private static readonly Key<string?> MakerPart = Key.Of("part", Text,
        new("their part in the making: interviewer, writer, photographer, teacher, the person themselves, …", "het aandeel in het maken: interviewer, schrijver, fotograaf, leerkracht, de persoon zelf, …"),
        example: new("interviewer and writer", "interviewer en schrijver"));

    private static readonly RecordSchema<Maker> Maker = new([MakerName, MakerPart],
        v => new Maker(v.Get(MakerName)!, v.Get(MakerPart)));

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

    // clips
    private static readonly Key<PhotoRef?> ClipFile = Key.Of("file", new ClipFileType(),
        new("the recording as it was made (phone m4a, mp3, wav, ogg, opus, webm)", "de opname zoals ze gemaakt is (m4a van een telefoon, mp3, wav, ogg, opus, webm)"), required: true);

    private static readonly Key<string?> ClipTitle = Key.Of("title", Text,
        new("what the clip is called", "hoe de opname heet"), required: true, example: new("How the bakery smelled", "Hoe de bakkerij rook"));

    private static readonly Key<PartialDate?> ClipDate = Key.Of("date", Date,
        new("when it was recorded", "wanneer ze opgenomen is"), example: new("2024-03-02", "2024-03-02"));

    private static readonly Key<string?> ClipSpeaker = Key.Of("speaker", Text,
        new("who speaks", "wie er spreekt"), example: new("{name}", "{name}"));

    private static readonly Key<string?> ClipTranscript = Key.Of("transcript", BlockText,
        new("what is said, written out: shown beside the player for readers who cannot hear it", "wat er gezegd wordt, uitgeschreven: naast de speler voor lezers die het niet kunnen horen"));

    private static readonly Key<string?> ClipTranscriptFile = Key.Of("transcript_file", new TextFileType(),
        new("instead of transcript: a text file in the folder that holds it", "in plaats van transcript: een tekstbestand in de map dat hem bevat"));

    private static readonly Key<string?> ClipChapter = Key.Of("chapter", Text,
        new("the chapter it belongs to (its heading)", "het hoofdstuk waar ze bij hoort (de kop)"), example: new("The bakery", "De bakkerij"));

    private static readonly Key<string?> ClipEvent = Key.Of("event", Text,
        new("the life-line event it belongs to (its title)", "de gebeurtenis op de levenslijn waar ze bij hoort (de titel)"), example: new("Wedding day on the dyke", "Trouwdag op de dijk"));

    private static readonly RecordSchema<PortraitClip> Clip = new([ClipFile, ClipTitle, ClipDate, ClipSpeaker, ClipTranscript, ClipTranscriptFile, ClipChapter, ClipEvent],
        v => new PortraitClip(v.Get(ClipFile)!, v.Get(ClipTitle)!, v.Get(ClipDate), v.Get(ClipSpeaker), v.Get(ClipTranscript) ?? v.Get(ClipTranscriptFile), v.Get(ClipChapter), v.Get(ClipEvent), v.Line),
        check: CheckClip);

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
        new("the kind of portrait", "de soort portret"), example: new("{kind}", "{kind}"), inScaffold: true);

    private static readonly Key<string?> Language = Key.Of("language", new ChoiceType<string?>([
            new("nl", "nl", new("Dutch (the default)", "Nederlands (als niets gekozen is)")),
            new("en", "en", new("English", "Engels"))], quotesTrimmed: true),
        new("labels, dates and quotes follow it", "labels, datums en aanhalingstekens volgen die taal"), example: new("en", "nl"), inScaffold: true);

    internal static readonly Key<PortraitStatus?> Status = Key.Of("status", new ChoiceType<PortraitStatus?>([
            new("draft", PortraitStatus.Draft, new("being written (the default)", "in de maak (als niets gekozen is)")),
            new("review", PortraitStatus.Review, new("with the person or family to read", "ter inzage bij de persoon of de familie")),
            new("approved", PortraitStatus.Approved, new("recognised and approved", "herkend en goedgekeurd")),
            new("withdrawn", PortraitStatus.Withdrawn, new("taken back: the next build removes every trace of it", "ingetrokken: de volgende build wist er elk spoor van"))]),
        new("where the portrait stands; only approved portraits are published", "waar het portret staat; alleen goedgekeurde portretten worden gepubliceerd"), example: new("draft", "draft"), inScaffold: true);

    internal static readonly Key<Approval?> Approved = Key.Of("approved", new RecordType<Approval>(Approval),
        new("who recognised the portrait (\"Yes, that's me!\"), and when; required with status: approved", "wie het portret herkende (\"Ja, dat ben ik!\"), en wanneer; verplicht bij status: approved"));

    private static readonly Key<IReadOnlyList<Consent>> ConsentKey = Key.Of("consent", new RecordListType<Consent>(ConsentEntry),
        new("who consented to publishing, for which audiences and to print; once written, an audience without consent is not published to and a portrait without print consent gets no booklet", "wie toestemming gaf om te publiceren, voor welke doelgroepen en om te drukken; eenmaal ingevuld wordt een doelgroep zonder toestemming niet bediend en krijgt een portret zonder toestemming om te drukken geen boekje"),
        question: new("Who agreed that this portrait may be read, by whom, and printed?", "Wie gaf toestemming dat dit portret gelezen mag worden, door wie, en gedrukt?"));

    internal static readonly Key<IReadOnlyList<string>> Audiences = Key.Of("audiences", new TextListType(distinct: true),
        new($"who may read it: audience ids from {SiteLayout.SettingsFileName}; required with status: approved", $"wie het mag lezen: doelgroep-ids uit {SiteLayout.SettingsFileName}; verplicht bij status: approved"),
        example: new("[family-…]", "[familie-…]"));

    private static readonly Key<PhotoRef?> Cover = Key.Of("cover", Photo,
        new("the opening photo", "de openingsfoto"));

    private static readonly Key<string?> Summary = Key.Of("summary", Text,
        new("one line under the name", "één regel onder de naam"), example: new("One sentence that says who this is.", "Eén zin die zegt wie dit is."));

    private static readonly Key<IReadOnlyList<Role>> Roles = Key.Of("roles", new RecordListType<Role>(Role),
        new("roles over time", "rollen door de tijd"),
        question: new("Which roles did you play, which do you play now, and which do you want to keep? Who do you still want to become? What do you give in them, and how can others help?", "Welke rollen speelde je, welke speel je nu, en welke wil je houden? Wie wil je nog worden? Wat geef je erin, en hoe kunnen anderen helpen?"));

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
        new("older form of `makers`, in one line; still read, shown at the end of the portrait and in the booklet's colophon", "oudere vorm van `makers`, in één regel; wordt nog gelezen en staat aan het einde van het portret en in het colofon van het boekje"),
        example: new("Sarah Jones, volunteer at the care home", "Lieve Verhaegen, vrijwilliger van het woonzorgcentrum"), superseded: true);

    private static readonly Key<IReadOnlyList<Maker>> Makers = Key.Of("makers", new RecordListType<Maker>(Maker),
        new("who made the portrait and their part; shown at the end of the portrait and in the booklet's colophon", "wie het portret maakte en met welk aandeel; staat aan het einde van het portret en in het colofon van het boekje"),
        question: new("Who made this portrait together with {name}, and what did each of them do?", "Wie maakte dit portret samen met {name}, en wat deed ieder?"));

    private static readonly Key<IReadOnlyList<string>> Helps = Key.Of("helps", new TextListType(),
        new("what helps the person, shown prominently near the top", "wat de persoon helpt, opvallend bovenaan getoond"),
        question: new("What helps you? What should the people who care for you know?", "Wat helpt je? Wat moeten de mensen die voor je zorgen weten?"),
        example: new("[a plan on paper, ten quiet minutes after the third lesson]", "[een plan op papier, tien minuten rust na het derde uur]"));

    private static readonly Key<string?> AddressAs = Key.Of("address_as", Text,
        new("how they like to be addressed; the first line of the card for carers", "hoe de persoon aangesproken wil worden; de eerste regel van de kaart voor zorgverleners"),
        question: new("How do you like to be addressed?", "Hoe wil je aangesproken worden?"),
        example: new("Gilberte, not madam", "Gilberte, niet mevrouw"));

    private static readonly Key<string?> Group = Key.Of("group", Text,
        new("the room, unit or class, shown on the card and in a team's overview", "de kamer, afdeling of klas, op de kaart en in het overzicht van een team"),
        example: new("Unit The Linden, room 12", "Afdeling De Linde, kamer 12"));

    private static readonly Key<IReadOnlyList<string>> Avoid = Key.Of("avoid", new TextListType(),
        new("what the people around them had better avoid, shown on the card beside what helps", "wat de mensen rond de persoon beter vermijden, op de kaart naast wat helpt"),
        question: new("What would you rather people did not do?", "Wat doen mensen liever niet bij jou?"),
        example: new("[calling her dear, rushing the morning]", "[haar schatje noemen, de ochtend opjagen]"));

    private static readonly Key<IReadOnlyList<DomainNote>> Domains = Key.Of("domains", new RecordListType<DomainNote>(Domain,
            unique: new(d => d.Domain.ToString(), d => ContentMessages.DomainTwice(DomainWords.First(w => w.Domain == d.Domain).Written)),
            orderBy: d => d.Domain),
        new("life domains: per domain what goes well, what is hard and what helps (mostly in a leefwereldportret)", "leefgebieden: per gebied wat goed gaat, wat moeilijk is en wat helpt (vooral bij een leefwereldportret)"),
        question: new("How are things with living, school or work, family, friends, free time, health and help? What goes well, what is hard, what helps?", "Hoe gaat het met wonen, school of werk, gezin, vrienden, vrije tijd, gezondheid en hulp? Wat gaat goed, wat is moeilijk, wat helpt?"));

    private static readonly Key<string?> Thread = Key.Of("thread", BlockText,
        new("the common thread of the life", "de rode draad van het leven"),
        question: new("Looking back, what runs through your life like a thread?", "Als je terugkijkt: wat loopt als een rode draad door je leven?"));

    private static readonly Key<string?> RememberedAs = Key.Of("remembered_as", BlockText,
        new("how they want to be remembered", "hoe de persoon herinnerd wil worden"),
        question: new("How do you want to be remembered?", "Hoe wil je herinnerd worden?"));

    private static readonly Key<string?> Wishes = Key.Of("wishes", BlockText,
        new("wishes for later life, care and farewell", "wensen voor later, voor de zorg en voor het afscheid"),
        question: new("What do you wish for later: for your care, your last days, the farewell?", "Wat wens je voor later: voor je zorg, je laatste tijd, het afscheid?"));

    private static readonly Key<IReadOnlyList<string>> Resolutions = Key.Of("resolutions", new TextListType(),
        new("what they still resolve to do", "wat de persoon zich nog voorneemt"),
        question: new("What do you still want to do?", "Wat neem je je nog voor?"),
        example: new("[see the sea once more, teach Jonas the soup]", "[nog één keer de zee zien, Jonas de soep leren maken]"));

    private static readonly Key<Voice?> VoiceKey = Key.Of("voice", new ChoiceType<Voice?>([
            new("first", Voice.First, new("the person speaks: \"Who I am\" (the default while they live)", "de persoon spreekt: \"Wie ik ben\" (als niets gekozen is, bij leven)")),
            new("third", Voice.Third, new("the makers speak about them: \"Who Josée is\", after a death \"Who Josée was\" (the default when died is given)", "de makers spreken over de persoon: \"Wie Josée is\", na een overlijden \"Wie Josée was\" (als niets gekozen is en died ingevuld is)"))]),
        new("who speaks in the headings", "wie er spreekt in de koppen"), example: new("{voice}", "{voice}"));

    private static readonly Key<string?> Called = Key.Of("called", Text,
        new("the name headings use in the third person; the first word of name when not given", "de naam die de koppen in de derde persoon gebruiken; het eerste woord van name als niets ingevuld is"),
        example: new("Josée", "Josée"));

    private static readonly Key<IReadOnlyList<PortraitPhoto>> Photos = Key.Of("photos", new RecordListType<PortraitPhoto>(ListedPhoto,
            unique: new(p => p.File.RelativePath, p => ContentMessages.PhotoListedTwice(p.File.Written))),
        new("captions, descriptions and order of the photos in photos/; photos not listed still appear in the gallery", "onderschriften, beschrijvingen en volgorde van de foto's in photos/; niet genoemde foto's komen ook in de galerij"),
        question: new("Which photos, in which order, and what is on them?", "Welke foto's, in welke volgorde, en wat staat erop?"));

    private static readonly Key<IReadOnlyList<PortraitClip>> Clips = Key.Of("clips", new RecordListType<PortraitClip>(Clip,
            unique: new(c => c.Id, c => ContentMessages.ClipListedTwice(c.File.Written))),
        new("recordings of their own voice in audio/, each with a title and a transcript; placed in the story with `![title](audio/….m4a)`, in the booklet as a QR code that plays it",
            "opnames van de eigen stem in audio/, elk met een titel en uitgeschreven tekst; in het verhaal geplaatst met `![titel](audio/….m4a)`, in het boekje als een QR-code die ze afspeelt"),
        question: new("Are there recordings of their voice? Which fragments, and what is said in them?", "Zijn er opnames van de stem? Welke fragmenten, en wat wordt erin gezegd?"));

    /// <summary>
    /// The parts <c>visibility</c> may restrict, each with the portrait as it reads without it. <c>photos</c> is every
    /// photo of the portrait: listed or not, the cover, a timeline event's and the story's; <c>makers</c> takes <c>made_by</c> along.
    /// </summary>
    public static IReadOnlyList<PortraitPart> Parts { get; } =
    [
        new(AddressAs, p => p with { AddressAs = null }),
        new(Helps, p => p with { Helps = [] }),
        new(Avoid, p => p with { Avoid = [] }),
        new(Roles, p => p with { Roles = [] }),
        new(Themes, p => p with { Themes = [] }),
        new(Timeline, p => p with { Timeline = [] }),
        new(Values, p => p with { Values = [] }),
        new(Legacy, p => p with { Legacy = null }),
        new(Thread, p => p with { Thread = null }),
        new(RememberedAs, p => p with { RememberedAs = null }),
        new(Wishes, p => p with { Wishes = null }),
        new(Resolutions, p => p with { Resolutions = [] }),
        new(People, p => p with { People = [] }),
        new(TypicalDay, p => p with { TypicalDayText = null, TypicalDay = [] }),
        new(Domains, p => p with { Domains = [] }),
        new(Observations, p => p with { Observations = null }),
        new(Makers, p => p with { Makers = [], MadeBy = null }),
        new(Photos, p => p with
        {
            Photos = [],
            Cover = null,
            Timeline = [.. p.Timeline.Select(e => e with { Photo = null })],
            Story = p.Story with { Photos = new Dictionary<Markdig.Syntax.Inlines.LinkInline, PhotoRef>(ReferenceEqualityComparer.Instance) },
        }),
        new(Clips, p => p with { Clips = [], Story = p.Story with { Clips = new Dictionary<Markdig.Syntax.Inlines.LinkInline, PortraitClip>(ReferenceEqualityComparer.Instance) } }),
    ];

    internal static readonly Key<IReadOnlyDictionary<string, IReadOnlyList<string>>> Visibility = Key.Of("visibility", new PartAudiencesType([.. Parts.Select(p => p.Name)]),
        new("parts only some of the portrait's audiences may read, each with those audiences; the others never receive them, not even encrypted. Parts: "
                + PartNames + " (`photos` is every photo: the cover, the gallery and those in the story). A chapter file restricts itself with `audiences:` in its own front matter",
            "onderdelen die maar een deel van de doelgroepen van het portret mag lezen, elk met die doelgroepen; de anderen krijgen ze nooit, ook niet versleuteld. Onderdelen: "
                + PartNames + " (`photos` is elke foto: de openingsfoto, de galerij en die in het verhaal). Een hoofdstukbestand beperkt zichzelf met `audiences:` in zijn eigen kop"),
        example: new("{ observations: [care-team-…] }", "{ observations: [zorgteam-…] }"));

    private static readonly Key<string?> PrintAudienceKey = Key.Of("audience", Text,
        new("the audience whose reading the booklet prints; by default the parts every family (and the person themselves) may read", "de doelgroep wier lezing het boekje drukt; als niets gekozen is, de onderdelen die elke familie (en de persoon zelf) mag lezen"),
        example: new("family-…", "familie-…"));

    private static readonly RecordSchema<PrintChoice> PrintRecord = new([PrintAudienceKey], v => new PrintChoice(v.Get(PrintAudienceKey)));

    internal static readonly Key<PrintChoice?> Print = Key.Of("print", new RecordType<PrintChoice>(PrintRecord),
        new("how the booklet is printed", "hoe het boekje gedrukt wordt"));

    /// <summary>The keys of the front matter, in the order the guides and the scaffold show them.</summary>
    public static RecordSchema<BoundRecord> Root { get; } = new(
        [Name, Called, Born, Died, Place, Kind, Language, VoiceKey, Status, Approved, Audiences, ConsentKey, Cover, Summary, AddressAs, Group, Helps, Avoid,
         Roles, Themes, Timeline, Values, Legacy, Thread, RememberedAs, Wishes, Resolutions, People, TypicalDay, Domains, Observations, Makers, MadeBy, Photos, Clips, Visibility, Print],
        v => v);

    /// <summary>The keys that say who may read the portrait, not what it says: the fingerprint of what was recognised leaves them out.</summary>
    public static IReadOnlySet<string> PublicationKeys { get; } = new HashSet<string>([Status.Name, Approved.Name, Audiences.Name, ConsentKey.Name], StringComparer.Ordinal);

    /// <summary>The keys a new portrait of <paramref name="kind"/> shows, in its order, with its questions: a leefwereldportret starts from today.</summary>
    public static IReadOnlyList<ScaffoldEntry> Scaffold(PortraitKind kind) => kind == PortraitKind.LifeWorld
        ?
        [
            .. new Key[] { Name, Called, Born, Died, Place, Kind, Language, VoiceKey, Status, Approved, Audiences, ConsentKey, Cover, Summary }.Select(Asked),
            Asked(AddressAs),
            Asked(Group),
            new(Helps, new("What helps you? What would you want the people around you to know?", "Wat helpt je? Wat wil je dat de mensen om je heen weten?")),
            Asked(Avoid),
            new(TypicalDay, new("What does an ordinary day look like, at home and at school or work?", "Hoe ziet een gewone dag eruit, thuis en op school of op het werk?")),
            Asked(Domains),
            new(Themes, new("What are you afraid of, what makes you glad, and what do you need then?", "Waar ben je bang voor, waar word je blij van, en wat heb je dan nodig?")),
            Asked(People),
            new(Roles, new("Which roles do you have now, which do you want to keep, and who do you want to become?", "Welke rollen heb je nu, welke wil je houden, en wie wil je later worden?")),
            new(Observations, new("What happened this past month? What did the makers see and feel?", "Wat gebeurde er de afgelopen maand? Wat zagen en voelden de makers?")),
            .. new Key[] { Values, Legacy, Timeline, Resolutions, Wishes, Thread, RememberedAs, Makers, MadeBy, Photos, Clips, Visibility, Print }.Select(Asked),
        ]
        : [.. Root.Keys.Select(Asked)];

    private static string PartNames => string.Join(", ", Parts.Select(p => $"`{p.Name}`"));

    private static ScaffoldEntry Asked(Key key) => new(key, key.Question);

    /// <summary>The words editors write for the life domains, in the order they are shown.</summary>
    private static IReadOnlyList<(string Written, LifeDomain Domain, Message Help)> DomainWords =>
    [
        ("living", LifeDomain.Living, new("where and how they live", "waar en hoe de persoon woont")),
        ("school_or_work", LifeDomain.SchoolOrWork, new("school, work or day activities", "school, werk of dagbesteding")),
        ("family", LifeDomain.Family, new("family", "gezin en familie")),
        ("relationships", LifeDomain.Relationships, new("friends and relationships", "vrienden en relaties")),
        ("free_time", LifeDomain.FreeTime, new("free time", "vrije tijd")),
        ("health", LifeDomain.Health, new("health, in body and mind", "gezondheid, lichamelijk en psychisch")),
        ("care", LifeDomain.Care, new("help and care", "hulp en zorg")),
    ];

    /// <summary>The period of a role from <c>when</c>, or from <c>since</c>/<c>until</c>: with only an end, it ended then; with only a start, it is open.</summary>
    private static RolePeriod? RolePeriodOf(BoundRecord v) =>
        v.Get(RoleWhen) ?? (v.Get(RoleSince), v.Get(RoleUntil)) switch
        {
            (null, null) => null,
            (var since, var until) => new RolePeriod(since, until, Open: until is null),
        };

    private static void CheckClip(BoundRecord v, BindingContext context)
    {
        if (v.Node(ClipTranscriptFile) is { } file && v.IsWritten(ClipTranscript))
        {
            context.Fields.Error(file, ContentMessages.TranscriptTwice);
        }
        else if (v.Get(ClipFile) is { } clip && v.Get(ClipTranscript) is null && v.Get(ClipTranscriptFile) is null)
        {
            context.Fields.Diagnostics.Warning(context.Fields.DisplayPath, v.Line, ContentMessages.MissingTranscript(clip.Written));
        }
    }

    private static void CheckRole(BoundRecord v, BindingContext context)
    {
        if (v.Node(RoleWhen) is { } when && (v.IsWritten(RoleSince) || v.IsWritten(RoleUntil)))
        {
            context.Fields.Error(when, ContentMessages.PeriodTwice("roles."));
        }

        if (v.Get(RoleSince) is { } since && v.Get(RoleUntil) is { } until && until.End < since.Start && v.Node(RoleUntil) is { } untilNode)
        {
            context.Fields.Error(untilNode, ContentMessages.EndsBeforeStart("roles."));
        }

        if (v.Node(RoleKeep) is { } keep && v.IsWritten(RoleWants))
        {
            context.Fields.Error(keep, ContentMessages.WishTwice("roles."));
        }
    }

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
            Consent = v.IsWritten(ConsentKey) ? v.Get(ConsentKey) : null,
            Cover = v.Get(Cover),
            Summary = v.Get(Summary),
            AddressAs = v.Get(AddressAs),
            Group = v.Get(Group),
            Avoid = v.Get(Avoid),
            Roles = v.Get(Roles),
            Themes = v.Get(Themes),
            Timeline = v.Get(Timeline),
            Values = v.Get(Values),
            Legacy = v.Get(Legacy),
            People = v.Get(People),
            TypicalDayText = day.Text,
            TypicalDay = day.Items,
            Observations = v.Get(Observations),
            Helps = v.Get(Helps),
            Domains = v.Get(Domains),
            Thread = v.Get(Thread),
            RememberedAs = v.Get(RememberedAs),
            Wishes = v.Get(Wishes),
            Resolutions = v.Get(Resolutions),
            Makers = v.Get(Makers),
            Voice = v.Get(VoiceKey) ?? (v.Get(Died) is null ? Voice.First : Voice.Third),
            CalledName = v.Get(Called) ?? (v.Get(Name) ?? seed.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "",
            MadeBy = v.Get(MadeBy),
            Photos = v.Get(Photos),
            Clips = v.Get(Clips),
            Visibility = v.Get(Visibility),
            PrintAudience = v.Get(Print)?.Audience,
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
