using System.Globalization;
using System.Text;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Print.Booklet;
using PortretSite.Print.Pdf;
using PortretSite.Print.Readers;

namespace PortretSite.Print.Preflight;

public enum PreflightLevel
{
    Ok,
    Warning,
    Error,
}

/// <summary>
/// What a print shop checks before printing, checked first: pages, trim and bleed, fonts,
/// the resolution of every photo at the size it is printed, text running into the margin, and
/// whether every PDF of the booklet is read cleanly and alike by the PDF engines.
/// </summary>
public sealed record PreflightReport(string Portrait, PdfSummary Pdf, int PrintedPages, BookletGeometry Geometry, bool CropMarks, IReadOnlyList<PhotoResolution> Photos, IReadOnlyList<string> Overflow, IReadOnlyList<PdfReadability> Readability)
{
    /// <summary>Print shops accept 250 dpi and more; the print files are made for 300 (<c>Images.PrintDpi</c>).</summary>
    /// <summary>The QR codes of the booklet's clips, each with its printed side.</summary>
    public IReadOnlyList<PrintedQrCode> QrCodes { get; init; } = [];

    public const double GoodDpi = 250;
    public const double PoorDpi = 150;

    public static PreflightLevel Level(PhotoResolution photo) =>
        photo.Dpi >= GoodDpi ? PreflightLevel.Ok : photo.Dpi >= PoorDpi ? PreflightLevel.Warning : PreflightLevel.Error;

    /// <summary>What to say about a photo printed at this resolution; nothing when it prints well.</summary>
    public static Message? Finding(PhotoResolution photo) => Level(photo) switch
    {
        PreflightLevel.Error => PreflightMessages.PhotoTooCoarse(photo),
        PreflightLevel.Warning => PreflightMessages.PhotoSoft(photo),
        _ => null,
    };

    public IEnumerable<PdfFontInfo> MissingFonts => Pdf.Fonts.Where(f => !f.Embedded);

    /// <summary>Problems worth a line in the build's output, naming the photo.</summary>
    public IEnumerable<(string Path, Message Message)> Findings()
    {
        // A photo placed twice is judged where it is printed largest, as a check judges it.
        foreach (var photo in Photos.GroupBy(p => p.Photo).Select(g => g.MinBy(p => p.Dpi)!))
        {
            if (Finding(photo) is { } finding)
            {
                yield return (photo.Photo, finding);
            }
        }

        foreach (var font in MissingFonts)
        {
            yield return (Portrait, PreflightMessages.FontNotEmbedded(font.Name));
        }

        if (Pdf.Fonts.Any(f => f.IsType3))
        {
            yield return (Portrait, PreflightMessages.Type3Fonts);
        }

        foreach (var text in Overflow)
        {
            yield return (Portrait, PreflightMessages.Overflow(text));
        }

        foreach (var problem in Readability.SelectMany(file => file.Problems()))
        {
            yield return (Portrait, problem);
        }
    }

    public string Format(UiLanguage language)
    {
        var nl = language == UiLanguage.Dutch;
        static string Mm(double points) => (points / Points.PerMillimetre).ToString("0.0", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(nl ? FormattableString.Invariant($"Preflight van het boekje: {Portrait}") : FormattableString.Invariant($"Booklet preflight: {Portrait}"));
        text.AppendLine();
        var padded = Pdf.PageCount - PrintedPages;
        var first = Pdf.Pages[0];
        // The booklet fills itself to a multiple of 4 with notes pages; blank pages are added only when a theme has none.
        text.AppendLine((nl, padded) switch
        {
            (true, 0) => FormattableString.Invariant($"Pagina's:    {Pdf.PageCount} (een veelvoud van 4)"),
            (true, _) => FormattableString.Invariant($"Pagina's:    {Pdf.PageCount} (een veelvoud van 4; {padded} lege pagina's toegevoegd voor de achterkaft)"),
            (false, 0) => FormattableString.Invariant($"Pages:       {Pdf.PageCount} (a multiple of 4)"),
            _ => FormattableString.Invariant($"Pages:       {Pdf.PageCount} (a multiple of 4; {padded} blank pages added before the back cover)"),
        });
        text.AppendLine(nl
            ? FormattableString.Invariant($"Formaat:     {Geometry.TrimWidth:0.#} × {Geometry.TrimHeight:0.#} mm (TrimBox {Mm(first.TrimBox?.Width ?? 0)} × {Mm(first.TrimBox?.Height ?? 0)} mm)")
            : FormattableString.Invariant($"Trim:        {Geometry.TrimWidth:0.#} × {Geometry.TrimHeight:0.#} mm (TrimBox {Mm(first.TrimBox?.Width ?? 0)} × {Mm(first.TrimBox?.Height ?? 0)} mm)"));
        text.AppendLine(nl
            ? FormattableString.Invariant($"Afloop:      {Geometry.Bleed:0.#} mm rondom (BleedBox {Mm(first.BleedBox?.Width ?? 0)} × {Mm(first.BleedBox?.Height ?? 0)} mm); snijtekens: {(CropMarks ? "ja" : "nee")}")
            : FormattableString.Invariant($"Bleed:       {Geometry.Bleed:0.#} mm on every side (BleedBox {Mm(first.BleedBox?.Width ?? 0)} × {Mm(first.BleedBox?.Height ?? 0)} mm); crop marks: {(CropMarks ? "yes" : "no")}"));
        text.AppendLine(nl ? "Lettertypes:" : "Fonts:");
        foreach (var font in Pdf.Fonts)
        {
            var embedded = font.Embedded ? (nl ? "ingebed" : "embedded") : (nl ? "NIET INGEBED" : "NOT EMBEDDED");
            text.AppendLine(FormattableString.Invariant($"  {font.Name} ({font.Type}): {embedded}"));
        }

        if (QrCodes.Count > 0)
        {
            text.AppendLine(nl ? "QR-codes van opnames (vector, zwart op wit, met stille zone):" : "QR codes of recordings (vector, black on white, with quiet zone):");
            foreach (var code in QrCodes)
            {
                text.AppendLine(FormattableString.Invariant($"  {code.SideMm:0.#} × {code.SideMm:0.#} mm  {code.Clip}"));
            }
        }

        text.AppendLine(nl ? "Foto's (resolutie op gedrukte grootte; goed vanaf 250 dpi):" : "Photos (resolution at printed size; good from 250 dpi):");
        foreach (var photo in Photos)
        {
            var level = Level(photo) switch
            {
                PreflightLevel.Ok => "ok       ",
                PreflightLevel.Warning => nl ? "let op   " : "warning  ",
                _ => nl ? "te grof  " : "too low  ",
            };
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {level}{photo.Photo}: {photo.Pixels} px {(nl ? "over" : "across")} {photo.Millimetres:0.0} mm = {photo.Dpi:0} dpi"));
        }

        if (Pdf.Images.MinBy(image => image.EffectiveDpi) is { } coarsest)
        {
            text.AppendLine(nl
                ? FormattableString.Invariant($"  nagemeten in de PDF: {Pdf.Images.Count} beelden, het grofste op {coarsest.EffectiveDpi:0} dpi (pagina {coarsest.Page})")
                : FormattableString.Invariant($"  measured in the PDF: {Pdf.Images.Count} images, the coarsest at {coarsest.EffectiveDpi:0} dpi (page {coarsest.Page})"));
        }

        text.AppendLine(nl ? "Tekst buiten de kolom:" : "Text running out of the column:");
        text.AppendLine(Overflow.Count == 0 ? (nl ? "  geen" : "  none") : string.Join(Environment.NewLine, Overflow.Select(o => "  " + o)));
        text.AppendLine(nl ? "Lezers (poppler, Ghostscript, MuPDF):" : "Readers (poppler, Ghostscript, MuPDF):");
        foreach (var file in Readability)
        {
            text.AppendLine("  " + file.Summary().In(language));
            foreach (var problem in file.Problems())
            {
                text.AppendLine("    " + problem.In(language));
            }
        }

        var findings = Findings().Count();
        text.AppendLine();
        text.AppendLine(nl ? FormattableString.Invariant($"Opmerkingen: {findings}") : FormattableString.Invariant($"Findings: {findings}"));
        return text.ToString();
    }
}
