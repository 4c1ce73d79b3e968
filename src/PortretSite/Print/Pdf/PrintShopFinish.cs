using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace PortretSite.Print.Pdf;

/// <summary>
/// Makes a printed booklet what a print shop expects: a multiple of four pages, exact boxes
/// (Chromium rounds its page size), title and language, and on request crop marks.
/// </summary>
internal static class PrintShopFinish
{
    private const double SlugMm = 10;
    private const double MarkLengthMm = 6;
    private const double MarkWidthPt = 0.25;

    public static byte[] Apply(byte[] pdf, PrintFinish finish)
    {
        using var document = PdfFiles.Open(pdf, PdfDocumentOpenMode.Modify);
        var bleed = Points.FromMillimetres(finish.BleedMm);
        var width = Points.FromMillimetres(finish.TrimWidthMm) + (2 * bleed);
        var height = Points.FromMillimetres(finish.TrimHeightMm) + (2 * bleed);
        if (finish.Booklet)
        {
            Pad(document, width, height, finish.KeepLastPages);
        }

        var slug = finish.CropMarks ? Points.FromMillimetres(SlugMm) : 0;
        foreach (var page in document.Pages.Cast<PdfPage>())
        {
            // The slug extends the MediaBox below and left of the origin, so the page's content,
            // links and destinations keep their coordinates.
            page.MediaBox = PdfFiles.Rectangle(-slug, -slug, width + slug, height + slug);
            page.Elements.Remove("/CropBox");
            page.BleedBox = PdfFiles.Rectangle(0, 0, width, height);
            page.TrimBox = PdfFiles.Rectangle(bleed, bleed, width - bleed, height - bleed);
        }

        if (finish.CropMarks)
        {
            AddCropMarks(document, width, height, bleed);
        }

        PdfFiles.Describe(document, finish.Title, finish.Language);
        return PdfFiles.Save(document);
    }

    private static void Pad(PdfDocument document, double width, double height, int keepLast)
    {
        var missing = (4 - (document.PageCount % 4)) % 4;
        var at = Math.Clamp(document.PageCount - keepLast, 0, document.PageCount);
        for (var i = 0; i < missing; i++)
        {
            document.Pages.Insert(at, new PdfPage(document) { Width = XUnit.FromPoint(width), Height = XUnit.FromPoint(height) });
        }
    }

    /// <summary>
    /// Thin marks in registration colour at the four trim corners, starting at the bleed edge so
    /// they never show on the trimmed page. Every page gets the same two streams around its own
    /// content: <c>q</c> before it, because that content may leave a transformation behind, and
    /// <c>Q</c> with the marks after it. The /Contents array is rewritten directly: going through
    /// PDFsharp's content helpers would re-encode the browser's streams.
    /// </summary>
    private static void AddCropMarks(PdfDocument document, double width, double height, double bleed)
    {
        var mark = Points.FromMillimetres(MarkLengthMm);
        var marks = new StringBuilder("Q\nq\n1 1 1 1 K\n").Append(Number(MarkWidthPt)).Append(" w\n");
        foreach (var x in new[] { bleed, width - bleed })
        {
            foreach (var y in new[] { bleed, height - bleed })
            {
                var outX = x < width / 2 ? -1 : 1;
                var outY = y < height / 2 ? -1 : 1;
                Line(marks, x + (outX * bleed), y, x + (outX * (bleed + mark)), y);
                Line(marks, x, y + (outY * bleed), x, y + (outY * (bleed + mark)));
            }
        }

        var before = ContentStream(document, "q\n");
        var after = ContentStream(document, marks.Append("Q\n").ToString());
        foreach (var page in document.Pages.Cast<PdfPage>())
        {
            var contents = new PdfArray(document);
            contents.Elements.Add(before);
            var own = page.Elements["/Contents"];
            if (PdfFiles.Resolve(own) is PdfArray streams)
            {
                foreach (var stream in streams.Elements)
                {
                    contents.Elements.Add(stream);
                }
            }
            else if (own is not null)
            {
                contents.Elements.Add(own);
            }

            contents.Elements.Add(after);
            page.Elements["/Contents"] = contents;
        }
    }

    private static PdfReference ContentStream(PdfDocument document, string operators)
    {
        var stream = new PdfDictionary(document);
        stream.CreateStream(Encoding.ASCII.GetBytes(operators));
        document.Internals.AddObject(stream);
        return stream.Reference!;
    }

    private static void Line(StringBuilder content, double x1, double y1, double x2, double y2) =>
        content.Append(Number(x1)).Append(' ').Append(Number(y1)).Append(" m ").Append(Number(x2)).Append(' ').Append(Number(y2)).Append(" l S\n");

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
