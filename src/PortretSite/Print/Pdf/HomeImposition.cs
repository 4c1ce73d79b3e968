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

        var trims = source.Pages.Cast<PdfPage>().Select(page => PdfFiles.Box(page.HasTrimBox ? page.TrimBox : page.MediaBox)).ToList();
        var medias = source.Pages.Cast<PdfPage>().Select(page => PdfFiles.Box(page.MediaBox)).ToList();
        using var input = new MemoryStream(booklet);
        using var form = XPdfForm.FromStream(input);
        using var output = PdfFiles.New();
        for (var sheet = 0; sheet < count / 4; sheet++)
        {
            var (left, right) = (count - (2 * sheet), 1 + (2 * sheet));
            Side(output, form, trims, medias, left, right);
            Side(output, form, trims, medias, right + 1, left - 1);
        }

        PrintShopFinish.Describe(output, source.Info.Title, source.Internals.Catalog.Elements.GetString("/Lang") is { Length: > 0 } language ? language : null);
        return PdfFiles.Save(output);
    }

    private static void Side(PdfDocument output, XPdfForm form, List<PdfBox> trims, List<PdfBox> medias, int leftPage, int rightPage)
    {
        var sheet = output.AddPage();
        sheet.Width = XUnit.FromPoint(A4Landscape.Width);
        sheet.Height = XUnit.FromPoint(A4Landscape.Height);
        using var graphics = XGraphics.FromPdfPage(sheet);
        var fold = A4Landscape.Width / 2;
        Place(graphics, form, leftPage, trims[leftPage - 1], medias[leftPage - 1], fold, alignRight: true);
        Place(graphics, form, rightPage, trims[rightPage - 1], medias[rightPage - 1], fold, alignRight: false);
    }

    /// <summary>Draws one page scaled to fit its half of the sheet, its trim edge at the fold and cut to the trim.</summary>
    private static void Place(XGraphics graphics, XPdfForm form, int pageNumber, PdfBox trim, PdfBox media, double fold, bool alignRight)
    {
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
}
