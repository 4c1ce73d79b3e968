using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation;
using System.Globalization;
using PortretSite.Content.Portraits;

namespace PortretSite.Content;

/// <summary>Every message about content and settings, in English and Dutch.</summary>
public static class ContentMessages
{
    // Kinds of values, used inside other messages.
    public static readonly Message KindText = new("text", "tekst");
    public static readonly Message KindObject = new("an object { … }", "een object { … }");
    public static readonly Message KindMapping = new("keys with values (key: value)", "sleutels met waarden (sleutel: waarde)");
    public static readonly Message KindList = new("a list (one '- item' per line, or [a, b])", "een lijst (één '- item' per regel, of [a, b])");
    public static readonly Message KindNumberList = new("a list of numbers", "een lijst met getallen");
    public static readonly Message KindTextList = new("a list of texts", "een lijst met teksten");
    public static readonly Message KindBoolean = new("true or false", "true of false");
    public static readonly Message KindWholeNumber = new("a whole number", "een geheel getal");
    public static readonly Message KindNumber = new("a number", "een getal");

    public static readonly Message NotUtf8 = new(
        "this file is not UTF-8 text; save it as UTF-8 (in most editors: Save as… → Encoding: UTF-8)",
        "dit bestand is geen UTF-8-tekst; sla het op als UTF-8 (in de meeste editors: Opslaan als… → Codering: UTF-8)");

    public static readonly Message BinaryFile = new("this is not a text file", "dit is geen tekstbestand");

    public static readonly Message EmptyFile = new(
        "the file is empty; it needs front matter with at least 'name:'",
        "het bestand is leeg; het heeft front matter nodig met minstens 'name:'");

    public static readonly Message SettingsMissing = new(
        $"not found: a site folder holds {SiteLayout.SettingsFileName} (use --root to point to the site folder)",
        $"niet gevonden: de map van een site bevat {SiteLayout.SettingsFileName} (wijs de map van de site aan met --root)");

    public static readonly Message SettingsNotObject = new(
        "the settings must be one JSON object { … }",
        "de instellingen moeten één JSON-object { … } zijn");

    public static readonly Message JpegFallbackRequired = new(
        "Formats must include \"jpeg\", the fallback every browser can show",
        "Formats moet \"jpeg\" bevatten, het formaat dat elke browser kan tonen");

    public static readonly Message IndexMissing = new(
        "index.md is missing; every portrait folder needs one (portret new \"Name\" makes it)",
        "index.md ontbreekt; elke portretmap heeft er een nodig (portret new \"Naam\" maakt hem aan)");

    public static readonly Message NoFrontMatter = new(
        "the file must start with front matter: a line '---', the keys (at least 'name:'), and another '---'",
        "het bestand moet beginnen met front matter: een regel '---', de sleutels (minstens 'name:') en weer '---'");

    public static readonly Message FrontMatterNotClosed = new(
        "the front matter is not closed: add a line '---' after the last key",
        "de front matter is niet afgesloten: zet een regel '---' na de laatste sleutel");

    public static readonly Message FrontMatterNotMapping = new(
        "the front matter must be keys with values (name: …), not a list or a single text",
        "de front matter moet uit sleutels met waarden bestaan (name: …), niet uit een lijst of één tekst");

    public static readonly Message DiedBeforeBorn = new(
        "died: the date of death lies before the date of birth",
        "died: de overlijdensdatum ligt vóór de geboortedatum");

    public static readonly Message ApprovedNeedsApproval = new(
        "status is approved, but approved.by and approved.on are missing: who recognised the portrait, and when?",
        "status is approved, maar approved.by en approved.on ontbreken: wie heeft het portret herkend, en wanneer?");

    public static readonly Message ApprovedNeedsAudiences = new(
        "status is approved, but audiences is empty: say which family may read it (audiences: [id])",
        "status is approved, maar audiences is leeg: zeg welke familie het mag lezen (audiences: [id])");

    public static Message FileTooLarge(long bytes, long maxBytes) => new(
        $"the file is {Megabytes(bytes)} MB, more than the limit of {Megabytes(maxBytes)} MB (raise Limits.MaxFileMegabytes in {SiteLayout.SettingsFileName})",
        $"het bestand is {Megabytes(bytes)} MB, meer dan de grens van {Megabytes(maxBytes)} MB (verhoog Limits.MaxFileMegabytes in {SiteLayout.SettingsFileName})");

    public static Message CannotRead(string reason) => new($"cannot read the file: {reason}", $"kan het bestand niet lezen: {reason}");

    public static Message SettingsNotJson(string detail) => new(
        $"not valid JSON: {detail}",
        $"geen geldige JSON: {detail}");

    public static Message UnknownSetting(string key, string? hint, IEnumerable<string> known) => new(
        $"unknown setting '{key}'" + (hint is null ? $" (known: {string.Join(", ", known)})" : $"; did you mean '{hint}'?"),
        $"onbekende instelling '{key}'" + (hint is null ? $" (bekend: {string.Join(", ", known)})" : $"; bedoelde je '{hint}'?"));

    public static Message WrongType(string key, Message expected, string found) => new(
        $"{key}: expected {expected.English}, found {found}",
        $"{key}: verwacht {expected.Dutch}, gevonden {found}");

    public static Message BadChoice(string key, string value, IEnumerable<string> options) => new(
        $"{key}: '{value}' is not one of {string.Join(", ", options)}",
        $"{key}: '{value}' is niet een van {string.Join(", ", options)}");

    public static Message OutOfRange(string key, string value, double min, double max) => new(
        $"{key}: {value} is outside {Number(min)}–{Number(max)}",
        $"{key}: {value} ligt buiten {Number(min)}–{Number(max)}");

    public static Message BadAudienceId(string id) => new(
        $"audience id '{id}' may only hold a-z, 0-9 and '-' (it names the password variable PORTRET_PASSWORD_…)",
        $"doelgroep-id '{id}' mag alleen a-z, 0-9 en '-' bevatten (het geeft de wachtwoordvariabele PORTRET_PASSWORD_… een naam)");

    public static Message AudienceNeedsName(string id) => new(
        $"audience '{id}' needs a display name, like \"{id}\": \"Familie …\"",
        $"doelgroep '{id}' heeft een weergavenaam nodig, zoals \"{id}\": \"Familie …\"");

    public static Message BadTrimSize(string value) => new(
        $"TrimSize: '{value}' is not A4, A5, A6, B5 or a size like \"170x240mm\"",
        $"TrimSize: '{value}' is geen A4, A5, A6, B5 of een maat zoals \"170x240mm\"");

    public static Message BadSlug(string folder) => new(
        $"the folder name '{folder}' is not a valid slug: use only lowercase a-z, 0-9 and '-' (for example '{Slugs.Suggest(folder)}')",
        $"de mapnaam '{folder}' is geen geldige slug: gebruik alleen kleine letters a-z, 0-9 en '-' (bijvoorbeeld '{Slugs.Suggest(folder)}')");

    public static Message BadPageName(string file) => new(
        $"the page file name '{file}' is not a valid slug: use only lowercase a-z, 0-9 and '-' before .md (for example '{Slugs.Suggest(Path.GetFileNameWithoutExtension(file))}.md')",
        $"de bestandsnaam '{file}' van de pagina is geen geldige slug: gebruik alleen kleine letters a-z, 0-9 en '-' voor .md (bijvoorbeeld '{Slugs.Suggest(Path.GetFileNameWithoutExtension(file))}.md')");

    public static readonly Message GroundRulesNeedAgreement = new(
        "kind is ground_rules, but agreed is missing: say who agreed on them and when (agreed: by: … on: YYYY-MM-DD)",
        "kind is ground_rules, maar agreed ontbreekt: zeg wie ze afsprak en wanneer (agreed: by: … on: JJJJ-MM-DD)");

    public static Message DuplicateSlug(string other) => new(
        $"this portrait folder differs from '{other}' only in upper/lower case; rename one of them",
        $"deze portretmap verschilt van '{other}' alleen in hoofd-/kleine letters; hernoem er een");

    /// <summary>A key written in Dutch: keys are English, and this one has an English name.</summary>
    public static Message DutchKey(string key, string english) => new(
        $"unknown key '{key}'; keys are written in English: use '{english}'",
        $"onbekende sleutel '{key}'; sleutels zijn Engels: schrijf '{english}'");

    public static Message UnknownKey(string key, string? hint) => new(
        $"unknown key '{key}'" + (hint is null ? "" : $"; did you mean '{hint}'?"),
        $"onbekende sleutel '{key}'" + (hint is null ? "" : $"; bedoelde je '{hint}'?"));

    public static Message Required(string key) => new($"{key} is required", $"{key} is verplicht");

    public static Message NotADate(string key, string value) => new(
        $"{key}: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        $"{key}: '{value}' is geen datum (JJJJ, JJJJ-MM of JJJJ-MM-DD)");

    public static Message NotAPeriod(string key, string value) => new(
        $"{key}: '{value}' is not a period; write it like 1952–1961, 1988–, since 2019, now or always (or give since: and until: as dates)",
        $"{key}: '{value}' is geen periode; schrijf ze zoals 1952–1961, 1988–, sinds 2019, nu of altijd (of geef since: en until: als datums)");

    public static Message PeriodTwice(string prefix) => new(
        $"{prefix}when: the period is also given by {prefix}since or {prefix}until; write it one way: when: 1952–1961, or since: and until:",
        $"{prefix}when: de periode staat ook in {prefix}since of {prefix}until; schrijf ze op één manier: when: 1952–1961, of since: en until:");

    public static Message EndsBeforeStart(string prefix) => new(
        $"{prefix}until: the role ends before it starts ({prefix}since)",
        $"{prefix}until: de rol eindigt voor hij begint ({prefix}since)");

    public static Message WishTwice(string prefix) => new(
        $"{prefix}wants_to_keep: the older form of {prefix}wants, which is also written; keep only wants: keep, take_up or let_go",
        $"{prefix}wants_to_keep: de oudere vorm van {prefix}wants, dat er ook staat; houd alleen wants: keep, take_up of let_go");

    public static Message DomainTwice(string written) => new(
        $"domains: '{written}' is listed twice; write what goes well, what is hard and what helps under one item",
        $"domains: '{written}' staat twee keer; schrijf wat goed gaat, wat moeilijk is en wat helpt onder één item");

    public static Message FileNotFound(string written, string? hint) => new(
        $"'{written}' does not exist in the portrait folder" + (hint is null ? "" : $"; did you mean '{hint}'?"),
        $"'{written}' bestaat niet in de portretmap" + (hint is null ? "" : $"; bedoelde je '{hint}'?"));

    public static Message OutsideFolder(string written) => new(
        $"'{written}' points outside the portrait folder; photos and files must be inside it",
        $"'{written}' wijst buiten de portretmap; foto's en bestanden moeten erin staan");

    public static Message NotLocalFile(string written) => new(
        $"'{written}' is not a file in the portrait folder; photos are never loaded from elsewhere",
        $"'{written}' is geen bestand in de portretmap; foto's worden nooit van elders geladen");

    public static Message NotAPhoto(string written) => new(
        $"'{written}' is not a photo (JPEG, PNG, WebP, TIFF, HEIC or AVIF)",
        $"'{written}' is geen foto (JPEG, PNG, WebP, TIFF, HEIC of AVIF)");

    public static Message RawHtml(string snippet) => new(
        $"raw HTML is not allowed in a portrait ('{snippet}'); write plain text and Markdown instead",
        $"HTML is niet toegestaan in een portret ('{snippet}'); schrijf gewone tekst en Markdown");

    public static Message BadLink(string url) => new(
        $"the link '{url}' goes nowhere a reader can follow; link to a web page (https://…) or to a heading (#…)",
        $"de link '{url}' leidt nergens heen; link naar een webpagina (https://…) of naar een kop (#…)");

    public static Message TooManyPhotos(int count, int max) => new(
        $"the portrait has {count} photos, more than the limit of {max} (raise Limits.MaxPhotosPerPortrait in {SiteLayout.SettingsFileName})",
        $"het portret heeft {count} foto's, meer dan de grens van {max} (verhoog Limits.MaxPhotosPerPortrait in {SiteLayout.SettingsFileName})");

    public static Message TooDeep(int depth) => new(
        $"the text is nested more than {depth} levels deep (quotes or lists inside each other); simplify it",
        $"de tekst is meer dan {depth} niveaus diep genest (citaten of lijsten in elkaar); maak het eenvoudiger");

    public static Message NotARecording(string written) => new(
        $"'{written}' is not a recording (m4a, mp3, wav, ogg, opus, webm, aac or flac)",
        $"'{written}' is geen opname (m4a, mp3, wav, ogg, opus, webm, aac of flac)");

    public static Message MissingTranscript(string clip) => new(
        $"clip '{clip}' has no transcript; write what is said (clips: - transcript: … or transcript_file: …) for readers who cannot hear it",
        $"opname '{clip}' heeft geen uitgeschreven tekst; schrijf op wat er gezegd wordt (clips: - transcript: … of transcript_file: …) voor lezers die het niet kunnen horen");

    public static readonly Message TranscriptTwice = new(
        "write the transcript once: transcript or transcript_file, not both",
        "schrijf de uitgeschreven tekst één keer: transcript of transcript_file, niet allebei");

    public static Message ClipListedTwice(string clip) => new(
        $"clip '{clip}' is listed twice under clips:",
        $"opname '{clip}' staat twee keer onder clips:");

    public static Message ClipNotListed(string written) => new(
        $"the recording '{written}' is placed in the story but not listed under clips: (add - file: {written} with its title and transcript)",
        $"de opname '{written}' staat in het verhaal maar niet onder clips: (voeg - file: {written} toe met titel en uitgeschreven tekst)");

    public static Message MissingAlt(string photo) => new(
        $"photo '{photo}' has no alt text; describe it for readers who cannot see it (photos: - file: … alt: …)",
        $"foto '{photo}' heeft geen alt-tekst; beschrijf hem voor lezers die hem niet kunnen zien (photos: - file: … alt: …)");

    public static Message PhotoListedTwice(string photo) => new(
        $"photo '{photo}' is listed twice under photos",
        $"foto '{photo}' staat twee keer onder photos");

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
