using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace PortretSite.Print.Pdf;

/// <summary>Reads what the preflight and the tests check: boxes of every page, fonts and whether they are embedded, placed images, title and language.</summary>
internal static class PdfInspector
{
    public static PdfSummary Summarize(byte[] pdf)
    {
        using var document = PdfFiles.Open(pdf, PdfDocumentOpenMode.Import);
        var pages = document.Pages.Cast<PdfPage>().ToList();
        var fonts = new Dictionary<string, PdfFontInfo>(StringComparer.Ordinal);
        var visited = new HashSet<PdfObjectID>();
        foreach (var page in pages)
        {
            CollectFonts(page.Elements.GetDictionary("/Resources"), fonts, visited);
        }

        return new PdfSummary(
            [.. pages.Select(page => new PdfPageBoxes(PdfFiles.Box(page.MediaBox), page.HasBleedBox ? PdfFiles.Box(page.BleedBox) : null, page.HasTrimBox ? PdfFiles.Box(page.TrimBox) : null))],
            [.. fonts.Values.OrderBy(f => f.Name, StringComparer.Ordinal)],
            [.. pages.SelectMany((page, index) => ImagePlacements.Read(page, index + 1))],
            document.Info.Title,
            document.Internals.Catalog.Elements.GetString("/Lang"));
    }

    private static void CollectFonts(PdfDictionary? resources, Dictionary<string, PdfFontInfo> fonts, HashSet<PdfObjectID> visited)
    {
        if (resources is null)
        {
            return;
        }

        foreach (var font in resources.Elements.GetDictionary("/Font")?.Elements.Values.Select(PdfFiles.Resolve).OfType<PdfDictionary>() ?? [])
        {
            var name = font.Elements.GetName("/BaseFont").TrimStart('/');
            var type = font.Elements.GetName("/Subtype").TrimStart('/');
            var descriptor = type == "Type0"
                ? (PdfFiles.Resolve(font.Elements.GetArray("/DescendantFonts")?.Elements[0]) as PdfDictionary)?.Elements.GetDictionary("/FontDescriptor")
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

            if (PdfFiles.Resolve(item) is PdfDictionary xobject && xobject.Elements.GetName("/Subtype") == "/Form")
            {
                CollectFonts(xobject.Elements.GetDictionary("/Resources"), fonts, visited);
            }
        }
    }
}
