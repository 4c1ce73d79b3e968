using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace PortretSite.Print.Pdf;

/// <summary>
/// Imposes a booklet for printing at home: sheet by sheet, the front carries pages n and 1, the
/// back 2 and n−1, the next sheet n−2 and 3, then 4 and n−3, and so on, so that the stack folded
/// in the middle reads in order.
/// </summary>
internal static class HomeImposition
{
    private static readonly XSize A4Landscape = new(Points.FromMillimetres(297), Points.FromMillimetres(210));

    public static byte[] Impose(byte[] booklet)
    {
        using var source = PdfFiles.Open(booklet, PdfDocumentOpenMode.Import);
        var count = source.PageCount;
        if (count % 4 != 0)
        {
            throw new ArgumentException($"a booklet for saddle stitching needs a multiple of four pages, not {count}", nameof(booklet));
        }

        var pages = source.Pages.Cast<PdfPage>().Select(page => new SourcePage(PdfFiles.Box(page.HasTrimBox ? page.TrimBox : page.MediaBox), PdfFiles.Box(page.MediaBox), Draws(page))).ToList();
        using var input = new MemoryStream(booklet);
        using var form = XPdfForm.FromStream(input);
        using var output = PdfFiles.New();
        for (var sheet = 0; sheet < count / 4; sheet++)
        {
            var (left, right) = (count - (2 * sheet), 1 + (2 * sheet));
            Side(output, form, pages, left, right);
            Side(output, form, pages, right + 1, left - 1);
        }

        RecompressForms(output);
        PdfFiles.Describe(output, source.Info.Title, source.Internals.Catalog.Elements.GetString("/Lang") is { Length: > 0 } language ? language : null);
        return PdfFiles.Save(output);
    }

    /// <summary>
    /// PDFsharp writes each imported page as a form XObject whose content it decodes and
    /// compresses again, with a zlib header but without the Adler-32 checksum that ends the
    /// format, so Ghostscript and MuPDF read every such stream as damaged. The forms are
    /// compressed once more here, in full.
    /// </summary>
    private static void RecompressForms(PdfDocument output)
    {
        var forms = output.Pages.Cast<PdfPage>()
            .SelectMany(page => page.Resources.Elements.GetDictionary("/XObject")?.Elements.Values ?? [])
            .Select(PdfFiles.Resolve).OfType<PdfDictionary>()
            .Where(xobject => xobject.Elements.GetName("/Subtype") == "/Form" && xobject.Stream is not null)
            .Distinct();
        foreach (var form in forms)
        {
            form.Stream!.Value = ZLib.Encode(form.Stream.UnfilteredValue);
            form.Elements.SetInteger("/Length", form.Stream.Length);
        }
    }

    /// <summary>
    /// Whether a page has anything to draw. The blank pages padding adds have no content, and
    /// PDFsharp turns an empty page into a broken compressed form, so those are left out.
    /// </summary>
    private static bool Draws(PdfPage page) => PdfFiles.Resolve(page.Elements["/Contents"]) switch
    {
        PdfArray streams => streams.Elements.Count > 0,
        PdfDictionary stream => stream.Stream?.Value.Length > 0,
        _ => false,
    };

    private static void Side(PdfDocument output, XPdfForm form, List<SourcePage> pages, int leftPage, int rightPage)
    {
        var sheet = output.AddPage();
        sheet.Width = XUnit.FromPoint(A4Landscape.Width);
        sheet.Height = XUnit.FromPoint(A4Landscape.Height);
        using var graphics = XGraphics.FromPdfPage(sheet);
        var fold = A4Landscape.Width / 2;
        Place(graphics, form, leftPage, pages[leftPage - 1], fold, alignRight: true);
        Place(graphics, form, rightPage, pages[rightPage - 1], fold, alignRight: false);
    }

    /// <summary>Draws one page scaled to fit its half of the sheet, its trim edge at the fold and cut to the trim.</summary>
    private static void Place(XGraphics graphics, XPdfForm form, int pageNumber, SourcePage page, double fold, bool alignRight)
    {
        if (!page.Draws)
        {
            return;
        }

        var (trim, media) = (page.Trim, page.Media);
        var scale = Math.Min(fold / trim.Width, A4Landscape.Height / trim.Height);
        var area = new XRect(alignRight ? fold - (trim.Width * scale) : fold, (A4Landscape.Height - (trim.Height * scale)) / 2, trim.Width * scale, trim.Height * scale);

        // XGraphics measures from the top left; the form is the page's whole MediaBox.
        var mediaLeft = area.X - ((trim.Left - media.Left) * scale);
        var mediaTop = area.Y - ((media.Top - trim.Top) * scale);
        form.PageNumber = pageNumber;
        var state = graphics.Save();
        graphics.IntersectClip(area);
        graphics.DrawImage(form, new XRect(mediaLeft, mediaTop, media.Width * scale, media.Height * scale));
        graphics.Restore(state);
    }

    private sealed record SourcePage(PdfBox Trim, PdfBox Media, bool Draws);
}
