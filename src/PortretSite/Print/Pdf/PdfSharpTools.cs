using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace PortretSite.Print.Pdf;

/// <summary>The PDF tools on PDFsharp 6.5 (AGPL-3.0-only, which is why PortretSite is too).</summary>
public sealed class PdfSharpTools : IPdfTools
{
    private const double SlugMm = 10;
    private const double MarkLengthMm = 6;
    private static readonly XSize A4Landscape = new(Points.FromMillimetres(297), Points.FromMillimetres(210));

    static PdfSharpTools() => PdfSharpLicense.SetAgplLicense();

    public IReadOnlyDictionary<string, int> NamedDestinations(byte[] pdf)
    {
        using var document = Open(pdf, PdfDocumentOpenMode.Import);
        var pages = document.Pages.Cast<PdfPage>().Select((page, index) => (page.Reference?.ObjectID, Number: index + 1))
            .Where(p => p.ObjectID is not null)
            .ToDictionary(p => p.ObjectID!.Value, p => p.Number);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var catalog = document.Internals.Catalog;
        if (catalog.Elements.GetDictionary("/Dests") is { } dests)
        {
            foreach (var name in dests.Elements.Keys)
            {
                AddDestination(result, name.TrimStart('/'), dests.Elements[name], pages);
            }
        }

        if (catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/Dests") is { } tree)
        {
            WalkNameTree(tree, result, pages);
        }

        return result;
    }

    public byte[] FinishForPrintShop(byte[] pdf, PrintFinish finish)
    {
        using var document = Open(pdf, PdfDocumentOpenMode.Modify);
        var bleed = Points.FromMillimetres(finish.BleedMm);
        var width = Points.FromMillimetres(finish.TrimWidthMm) + (2 * bleed);
        var height = Points.FromMillimetres(finish.TrimHeightMm) + (2 * bleed);
        var missing = (4 - (document.PageCount % 4)) % 4;
        for (var i = 0; i < missing; i++)
        {
            var blank = new PdfPage(document) { Width = XUnit.FromPoint(width), Height = XUnit.FromPoint(height) };
            document.Pages.Insert(document.PageCount - 1, blank);
        }

        foreach (var page in document.Pages.Cast<PdfPage>())
        {
            page.MediaBox = Rectangle(0, 0, width, height);
            page.Elements.Remove("/CropBox");
            page.BleedBox = Rectangle(0, 0, width, height);
            page.TrimBox = Rectangle(bleed, bleed, width - bleed, height - bleed);
        }

        Describe(document, finish);
        var finished = Save(document);
        return finish.CropMarks ? AddCropMarks(finished, finish) : finished;
    }

    public byte[] ImposeForHome(byte[] booklet, double bleedMm)
    {
        using var input = new MemoryStream(booklet);
        using var form = XPdfForm.FromStream(input);
        var count = form.PageCount;
        var bleed = Points.FromMillimetres(bleedMm);
        var trim = new XSize(form.PointWidth - (2 * bleed), form.PointHeight - (2 * bleed));
        var scale = Math.Min(A4Landscape.Width / 2 / trim.Width, A4Landscape.Height / trim.Height);
        using var output = NewDocument();
        output.Info.Title = "Home print";
        for (var sheet = 0; sheet < count / 4; sheet++)
        {
            var (frontLeft, frontRight) = (count - (2 * sheet), 1 + (2 * sheet));
            var (backLeft, backRight) = (2 + (2 * sheet), count - 1 - (2 * sheet));
            Spread(output, form, frontLeft, frontRight, trim, bleed, scale);
            Spread(output, form, backLeft, backRight, trim, bleed, scale);
        }

        return Save(output);
    }

    public PdfSummary Summarize(byte[] pdf)
    {
        using var document = Open(pdf, PdfDocumentOpenMode.Import);
        var first = document.Pages[0];
        var fonts = new Dictionary<string, PdfFontInfo>(StringComparer.Ordinal);
        var visited = new HashSet<PdfObjectID>();
        foreach (var page in document.Pages.Cast<PdfPage>())
        {
            CollectFonts(page.Elements.GetDictionary("/Resources"), fonts, visited);
        }

        return new PdfSummary(
            document.PageCount,
            Box(first.MediaBox),
            first.HasBleedBox ? Box(first.BleedBox) : null,
            first.HasTrimBox ? Box(first.TrimBox) : null,
            [.. fonts.Values.OrderBy(f => f.Name, StringComparer.Ordinal)],
            document.Info.Title,
            document.Internals.Catalog.Elements.GetString("/Lang"));
    }

    private static void Spread(PdfDocument output, XPdfForm form, int leftPage, int rightPage, XSize trim, double bleed, double scale)
    {
        var sheet = output.AddPage();
        sheet.Width = XUnit.FromPoint(A4Landscape.Width);
        sheet.Height = XUnit.FromPoint(A4Landscape.Height);
        using var graphics = XGraphics.FromPdfPage(sheet);
        var placed = new XSize(trim.Width * scale, trim.Height * scale);
        var top = (A4Landscape.Height - placed.Height) / 2;
        var left = (A4Landscape.Width / 2) - placed.Width;
        Place(graphics, form, leftPage, new XRect(left, top, placed.Width, placed.Height), bleed, scale);
        Place(graphics, form, rightPage, new XRect(A4Landscape.Width / 2, top, placed.Width, placed.Height), bleed, scale);
    }

    /// <summary>Draws one page so that its trim box fills <paramref name="trimArea"/>, clipped there.</summary>
    private static void Place(XGraphics graphics, XPdfForm form, int pageNumber, XRect trimArea, double bleed, double scale)
    {
        form.PageNumber = pageNumber;
        var state = graphics.Save();
        graphics.IntersectClip(trimArea);
        graphics.DrawImage(form, new XRect(trimArea.X - (bleed * scale), trimArea.Y - (bleed * scale), form.PointWidth * scale, form.PointHeight * scale));
        graphics.Restore(state);
    }

    /// <summary>Crop marks need room outside the bleed: each page is placed on a larger sheet with marks at the trim corners.</summary>
    private static byte[] AddCropMarks(byte[] finished, PrintFinish finish)
    {
        using var input = new MemoryStream(finished);
        using var form = XPdfForm.FromStream(input);
        var slug = Points.FromMillimetres(SlugMm);
        var bleed = Points.FromMillimetres(finish.BleedMm);
        var mark = Points.FromMillimetres(MarkLengthMm);
        using var output = NewDocument();
        for (var number = 1; number <= form.PageCount; number++)
        {
            var page = output.AddPage();
            page.Width = XUnit.FromPoint(form.PointWidth + (2 * slug));
            page.Height = XUnit.FromPoint(form.PointHeight + (2 * slug));
            using (var graphics = XGraphics.FromPdfPage(page))
            {
                form.PageNumber = number;
                graphics.DrawImage(form, new XRect(slug, slug, form.PointWidth, form.PointHeight));
                var pen = new XPen(XColors.Black, 0.25);
                var trim = new XRect(slug + bleed, slug + bleed, form.PointWidth - (2 * bleed), form.PointHeight - (2 * bleed));
                foreach (var (x, y) in new[] { (trim.Left, trim.Top), (trim.Right, trim.Top), (trim.Left, trim.Bottom), (trim.Right, trim.Bottom) })
                {
                    var outwardX = x < page.Width.Point / 2 ? -1 : 1;
                    var outwardY = y < page.Height.Point / 2 ? -1 : 1;
                    graphics.DrawLine(pen, x + (outwardX * bleed), y, x + (outwardX * (bleed + mark)), y);
                    graphics.DrawLine(pen, x, y + (outwardY * bleed), x, y + (outwardY * (bleed + mark)));
                }
            }

            var width = page.Width.Point;
            var height = page.Height.Point;
            page.MediaBox = Rectangle(0, 0, width, height);
            page.BleedBox = Rectangle(slug, slug, width - slug, height - slug);
            page.TrimBox = Rectangle(slug + bleed, slug + bleed, width - slug - bleed, height - slug - bleed);
        }

        Describe(output, finish);
        return Save(output);
    }

    private static void Describe(PdfDocument document, PrintFinish finish)
    {
        document.Info.Title = finish.Title;
        document.Internals.Catalog.Elements["/Lang"] = new PdfString(finish.Language);
        var preferences = document.Internals.Catalog.Elements.GetDictionary("/ViewerPreferences") ?? new PdfDictionary(document);
        preferences.Elements["/DisplayDocTitle"] = new PdfBoolean(true);
        document.Internals.Catalog.Elements["/ViewerPreferences"] = preferences;
    }

    private static void AddDestination(Dictionary<string, int> result, string name, PdfItem? item, Dictionary<PdfObjectID, int> pages)
    {
        var array = Resolve(item) switch
        {
            PdfArray a => a,
            PdfDictionary d => Resolve(d.Elements["/D"]) as PdfArray,
            _ => null,
        };
        if (array?.Elements.Count > 0 && array.Elements[0] is PdfReference reference && pages.TryGetValue(reference.ObjectID, out var number))
        {
            result[name] = number;
        }
    }

    private static void WalkNameTree(PdfDictionary node, Dictionary<string, int> result, Dictionary<PdfObjectID, int> pages)
    {
        if (node.Elements.GetArray("/Names") is { } names)
        {
            for (var i = 0; i + 1 < names.Elements.Count; i += 2)
            {
                if (Resolve(names.Elements[i]) is PdfString key)
                {
                    AddDestination(result, key.Value, names.Elements[i + 1], pages);
                }
            }
        }

        foreach (var kid in node.Elements.GetArray("/Kids")?.Elements.Select(Resolve).OfType<PdfDictionary>() ?? [])
        {
            WalkNameTree(kid, result, pages);
        }
    }

    private static void CollectFonts(PdfDictionary? resources, Dictionary<string, PdfFontInfo> fonts, HashSet<PdfObjectID> visited)
    {
        if (resources is null)
        {
            return;
        }

        foreach (var font in resources.Elements.GetDictionary("/Font")?.Elements.Values.Select(Resolve).OfType<PdfDictionary>() ?? [])
        {
            var name = font.Elements.GetName("/BaseFont").TrimStart('/');
            var type = font.Elements.GetName("/Subtype").TrimStart('/');
            var descriptor = type == "Type0"
                ? (Resolve(font.Elements.GetArray("/DescendantFonts")?.Elements[0]) as PdfDictionary)?.Elements.GetDictionary("/FontDescriptor")
                : font.Elements.GetDictionary("/FontDescriptor");
            var embedded = type == "Type3" || (descriptor is not null && (descriptor.Elements.ContainsKey("/FontFile") || descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3")));
            var key = name.Length > 0 ? name : $"{type} font";
            fonts[key] = fonts.TryGetValue(key, out var known) ? known with { Embedded = known.Embedded && embedded } : new PdfFontInfo(key, type, embedded);
        }

        foreach (var item in resources.Elements.GetDictionary("/XObject")?.Elements.Values ?? [])
        {
            if (item is PdfReference reference && !visited.Add(reference.ObjectID))
            {
                continue;
            }

            if (Resolve(item) is PdfDictionary xobject && xobject.Elements.GetName("/Subtype") == "/Form")
            {
                CollectFonts(xobject.Elements.GetDictionary("/Resources"), fonts, visited);
            }
        }
    }

    private static PdfRectangle Rectangle(double left, double bottom, double right, double top) => new(new XPoint(left, bottom), new XPoint(right, top));

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    private static PdfBox Box(PdfRectangle rectangle) => new(rectangle.X1, rectangle.Y1, rectangle.X2, rectangle.Y2);

    /// <summary>
    /// A new document whose own content streams are left uncompressed: they hold only a few
    /// placement operators, and PDFsharp's deflate output makes qpdf warn about trailing data.
    /// </summary>
    private static PdfDocument NewDocument()
    {
        var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        return document;
    }

    private static PdfDocument Open(byte[] pdf, PdfDocumentOpenMode mode) => PdfReader.Open(new MemoryStream(pdf), mode);

    private static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
