using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace PortretSite.Print.Pdf;

/// <summary>Reads the named destinations Chromium writes for linked ids: the old /Dests dictionary and the /Names tree.</summary>
internal static class DestinationReader
{
    public static IReadOnlyDictionary<string, int> Read(byte[] pdf)
    {
        using var document = PdfFiles.Open(pdf, PdfDocumentOpenMode.Import);
        var pages = document.Pages.Cast<PdfPage>().Select((page, index) => (page.Reference?.ObjectID, Number: index + 1))
            .Where(p => p.ObjectID is not null)
            .ToDictionary(p => p.ObjectID!.Value, p => p.Number);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var catalog = document.Internals.Catalog;
        if (catalog.Elements.GetDictionary("/Dests") is { } dests)
        {
            foreach (var name in dests.Elements.Keys)
            {
                Add(result, name.TrimStart('/'), dests.Elements[name], pages);
            }
        }

        if (catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/Dests") is { } tree)
        {
            Walk(tree, result, pages);
        }

        return result;
    }

    private static void Add(Dictionary<string, int> result, string name, PdfItem? item, Dictionary<PdfObjectID, int> pages)
    {
        var array = PdfFiles.Resolve(item) switch
        {
            PdfArray a => a,
            PdfDictionary d => PdfFiles.Resolve(d.Elements["/D"]) as PdfArray,
            _ => null,
        };
        if (array?.Elements.Count > 0 && array.Elements[0] is PdfReference reference && pages.TryGetValue(reference.ObjectID, out var number))
        {
            result[name] = number;
        }
    }

    private static void Walk(PdfDictionary node, Dictionary<string, int> result, Dictionary<PdfObjectID, int> pages)
    {
        if (node.Elements.GetArray("/Names") is { } names)
        {
            for (var i = 0; i + 1 < names.Elements.Count; i += 2)
            {
                if (PdfFiles.Resolve(names.Elements[i]) is PdfString key)
                {
                    Add(result, key.Value, names.Elements[i + 1], pages);
                }
            }
        }

        foreach (var kid in node.Elements.GetArray("/Kids")?.Elements.Select(PdfFiles.Resolve).OfType<PdfDictionary>() ?? [])
        {
            Walk(kid, result, pages);
        }
    }
}
