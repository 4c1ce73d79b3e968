using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace PortretSite.Print.Pdf;

/// <summary>Decodes every /FlateDecode stream of a PDF at its stated /Length, as a strict reader would.</summary>
internal static class StreamCheck
{
    public static IReadOnlyList<PdfStreamFault> Read(byte[] pdf)
    {
        using var document = PdfFiles.Open(pdf, PdfDocumentOpenMode.Import);
        var faults = new List<PdfStreamFault>();
        foreach (var stream in document.Internals.GetAllObjects().OfType<PdfDictionary>().Where(d => d.Stream is not null && FirstFilter(d) == "/FlateDecode"))
        {
            if (ZLib.Problem(stream.Stream!.Value) is { } problem)
            {
                faults.Add(new PdfStreamFault(stream.Reference?.ObjectNumber ?? 0, problem));
            }
        }

        return faults;
    }

    /// <summary>The filter applied to the bytes as stored: the only one, or the first of an array.</summary>
    private static string? FirstFilter(PdfDictionary stream) => PdfFiles.Resolve(stream.Elements["/Filter"]) switch
    {
        PdfName name => name.Value,
        PdfArray { Elements.Count: > 0 } filters => (PdfFiles.Resolve(filters.Elements[0]) as PdfName)?.Value,
        _ => null,
    };
}
