using System.Globalization;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Settings;

/// <summary>
/// One key of the settings file: its name, what it means in both languages, its default (read from a
/// fresh record, so the table and the code cannot disagree) and how its value is read.
/// </summary>
public sealed record SettingKey<T>(string Name, Message Help, Func<T, string> Default, Func<SettingsReader, LocatedJsonProperty, LocatedJson, T, T> Read);

/// <summary>The keys of one object of the settings file; <c>Prefix</c> names them in messages (<c>Print.</c>).</summary>
public sealed record SettingSection<T>(string Prefix, IReadOnlyList<SettingKey<T>> Keys)
    where T : new()
{
    public IReadOnlyList<string> Names => [.. Keys.Select(k => k.Name)];

    public T Bind(SettingsReader reader, LocatedJson obj, T start)
    {
        var value = start;
        foreach (var (key, json) in reader.Known(obj, Names, Prefix))
        {
            value = Keys.First(k => k.Name == key.Name).Read(reader, key, json, value);
        }

        return value;
    }

    /// <summary>Each key with its default and meaning, in the order of the table.</summary>
    public IEnumerable<(string Key, string Default, Message Help)> Rows() =>
        Keys.Select(k => (Prefix + k.Name, k.Default(new T()), k.Help));
}

/// <summary>Every key of the settings file, written once: the loader binds through it, unknown keys are hinted from it, and the settings table in the README is its rendering.</summary>
public static class SettingsSchema
{
    public static readonly SettingSection<PrintSettings> Print = new("Print.",
    [
        new("TrimSize", new("the booklet's trimmed size: A4, A5, A6, B5 or width × height in millimetres (\"170x240mm\")", "het formaat van het boekje na het snijden: A4, A5, A6, B5 of breedte × hoogte in millimeter (\"170x240mm\")"),
            p => p.Trim.Name, (r, k, v, p) => p with { Trim = r.Trim(k, v) ?? p.Trim }),
        new("Bleed", new("bleed around each page in millimetres (0–10)", "afloop rond elke pagina in millimeter (0–10)"),
            p => Number(p.BleedMm), (r, k, v, p) => p with { BleedMm = r.Number(k, v, 0, 10) ?? p.BleedMm }),
        new("CropMarks", new("draw crop marks in the bleed (most online printers refuse them)", "snijtekens in de afloop tekenen (de meeste online drukkers weigeren ze)"),
            p => Boolean(p.CropMarks), (r, k, v, p) => p with { CropMarks = r.Boolean(k, v) ?? p.CropMarks }),
        new("HomeImposition", new("also make the version to print at home: two pages per A4 sheet, folded into a booklet", "ook de versie om thuis te printen maken: twee pagina's per A4-blad, te vouwen tot een boekje"),
            p => Boolean(p.HomeImposition), (r, k, v, p) => p with { HomeImposition = r.Boolean(k, v) ?? p.HomeImposition }),
    ]);

    public static readonly SettingSection<ImageSettings> Images = new("Images.",
    [
        new("Widths", new("the widths in pixels of every photo on the site (16–8000)", "de breedtes in pixels van elke foto op de site (16–8000)"),
            i => List(i.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture))), (r, k, v, i) => i with { Widths = r.Widths(k, v) ?? i.Widths }),
        new("Formats", new("web formats, best first: avif, webp, jpeg; jpeg is required, as the fallback every browser reads", "webformaten, het beste eerst: avif, webp, jpeg; jpeg is verplicht, als terugval die elke browser leest"),
            i => List(i.Formats.Select(f => $"\"{f}\"")), (r, k, v, i) => i with { Formats = r.Formats(k, v) ?? i.Formats }),
        new("WebpQuality", new("WebP quality (1–100)", "WebP-kwaliteit (1–100)"),
            i => Number(i.WebpQuality), (r, k, v, i) => i with { WebpQuality = r.Integer(k, v, 1, 100) ?? i.WebpQuality }),
        new("JpegQuality", new("JPEG quality on the site (1–100)", "JPEG-kwaliteit op de site (1–100)"),
            i => Number(i.JpegQuality), (r, k, v, i) => i with { JpegQuality = r.Integer(k, v, 1, 100) ?? i.JpegQuality }),
        new("AvifQuality", new("AVIF quality (1–100)", "AVIF-kwaliteit (1–100)"),
            i => Number(i.AvifQuality), (r, k, v, i) => i with { AvifQuality = r.Integer(k, v, 1, 100) ?? i.AvifQuality }),
        new("PrintQuality", new("JPEG quality of the photos in the booklet (1–100)", "JPEG-kwaliteit van de foto's in het boekje (1–100)"),
            i => Number(i.PrintQuality), (r, k, v, i) => i with { PrintQuality = r.Integer(k, v, 1, 100) ?? i.PrintQuality }),
        new("PrintDpi", new("resolution of the booklet's photos at their printed size (72–1200)", "resolutie van de foto's in het boekje op hun gedrukte grootte (72–1200)"),
            i => Number(i.PrintDpi), (r, k, v, i) => i with { PrintDpi = r.Integer(k, v, 72, 1200) ?? i.PrintDpi }),
    ]);

    public static readonly SettingSection<LimitSettings> Limits = new("Limits.",
    [
        new("MaxMegapixels", new("the largest photo accepted, in megapixels (1–2000)", "de grootste foto die wordt aanvaard, in megapixels (1–2000)"),
            l => Number(l.MaxMegapixels), (r, k, v, l) => l with { MaxMegapixels = r.Integer(k, v, 1, 2000) ?? l.MaxMegapixels }),
        new("MaxFileMegabytes", new("the largest file accepted, in megabytes (1–4000)", "het grootste bestand dat wordt aanvaard, in megabytes (1–4000)"),
            l => Number(l.MaxFileMegabytes), (r, k, v, l) => l with { MaxFileMegabytes = r.Integer(k, v, 1, 4000) ?? l.MaxFileMegabytes }),
        new("MaxPhotosPerPortrait", new("the most photos one portrait may hold (1–100000)", "het grootste aantal foto's in één portret (1–100000)"),
            l => Number(l.MaxPhotosPerPortrait), (r, k, v, l) => l with { MaxPhotosPerPortrait = r.Integer(k, v, 1, 100_000) ?? l.MaxPhotosPerPortrait }),
    ]);

    public static readonly SettingSection<ProtectionSettings> Protection = new("Protection.",
    [
        new("Iterations", new("PBKDF2-SHA256 iterations that turn a passphrase into a key (600000–10000000): more makes guessing slower, and unlocking too", "PBKDF2-SHA256-iteraties die een wachtzin tot sleutel maken (600000–10000000): meer maakt raden trager, en ontgrendelen ook"),
            p => Number(p.Iterations), (r, k, v, p) => p with { Iterations = r.Integer(k, v, 600_000, 10_000_000) ?? p.Iterations }),
        new("RememberDays", new("how many days a device may remember a passphrase (1–365)", "hoeveel dagen een toestel een wachtzin mag onthouden (1–365)"),
            p => Number(p.RememberDays), (r, k, v, p) => p with { RememberDays = r.Integer(k, v, 1, 365) ?? p.RememberDays }),
        new("RememberOnFiles", new("also offer \"remember\" when the site is opened as files (file://), where every local page shares one store: see docs/PRIVACY.md first", "ook \"onthouden\" aanbieden als de site als bestanden geopend wordt (file://), waar elke lokale pagina één opslag deelt: lees eerst docs/PRIVACY.md"),
            p => Boolean(p.RememberOnFiles), (r, k, v, p) => p with { RememberOnFiles = r.Boolean(k, v) ?? p.RememberOnFiles }),
    ]);

    public static readonly SettingSection<SiteSettings> Site = new("",
    [
        new("Title", new("the site's title", "de titel van de site"),
            s => $"\"{s.Title}\"", (r, k, v, s) => s with { Title = r.Text(k, v) ?? s.Title }),
        new("Language", new("language of the site and of the command line's messages: nl or en", "taal van de site en van de meldingen van de opdrachtregel: nl of en"),
            s => $"\"{s.Language}\"", (r, k, v, s) => s with { Language = r.Language(k, v) ?? s.Language }),
        new("Host", new("only for absolute links; by default every link is relative", "alleen voor absolute links; standaard is elke link relatief"),
            _ => "", (r, k, v, s) => s with { Host = r.Text(k, v) }),
        new("LinkRoot", new("the folder of the site on its host, for absolute links", "de map van de site op de host, voor absolute links"),
            _ => "", (r, k, v, s) => s with { LinkRoot = r.Text(k, v) }),
        new("SiteUrl", new("the published site's address (https://…/), printed on invitation cards and in QR codes; without it they carry no address", "het adres van de gepubliceerde site (https://…/), gedrukt op uitnodigingskaarten en in QR-codes; zonder dit dragen ze geen adres"),
            _ => "", (r, k, v, s) => s with { SiteUrl = r.Text(k, v) }),
        new("Audiences", new("audience id → display name (a family), e.g. \"familie-verhaegen\": \"Familie Verhaegen\", or → { \"Label\": …, \"Kind\": \"family\" | \"team\" | \"self\", \"Language\": \"nl\" | \"en\" }; passwords never go here", "doelgroep-id → naam (een familie), bv. \"familie-verhaegen\": \"Familie Verhaegen\", of → { \"Label\": …, \"Kind\": \"family\" | \"team\" | \"self\", \"Language\": \"nl\" | \"en\" }; wachtwoorden nooit hier"),
            _ => "{}", (r, k, v, s) => s with { Audiences = r.Audiences(k, v) }),
        new("Print", new("the booklet's format (the keys below)", "het formaat van het boekje (de sleutels hieronder)"),
            _ => "", (r, k, v, s) => s with { Print = r.Section(k, v, Print) }),
        new("Images", new("the photo variants for the web and print (the keys below)", "de fotoversies voor web en druk (de sleutels hieronder)"),
            _ => "", (r, k, v, s) => s with { Images = r.Section(k, v, Images) }),
        new("Limits", new("protection against broken or huge files (the keys below)", "bescherming tegen kapotte of reusachtige bestanden (de sleutels hieronder)"),
            _ => "", (r, k, v, s) => s with { Limits = r.Section(k, v, Limits) }),
        new("Protection", new("how passphrases open the site and how long devices remember them (the keys below)", "hoe wachtzinnen de site openen en hoe lang toestellen ze onthouden (de sleutels hieronder)"),
            _ => "", (r, k, v, s) => s with { Protection = r.Section(k, v, Protection) }),
    ]);

    /// <summary>Every key, the nested ones named with their section (<c>Print.Bleed</c>).</summary>
    public static IEnumerable<(string Key, string Default, Message Help)> Rows() =>
        Site.Rows().Concat(Print.Rows()).Concat(Images.Rows()).Concat(Limits.Rows()).Concat(Protection.Rows());

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Boolean(bool value) => value ? "true" : "false";

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";
}
