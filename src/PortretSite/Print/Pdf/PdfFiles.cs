using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace PortretSite.Print.Pdf;

/// <summary>Opening, saving and small conversions the PDFsharp tools share.</summary>
internal static class PdfFiles
{
    public static PdfDocument Open(byte[] pdf, PdfDocumentOpenMode mode)
    {
        var document = PdfReader.Open(new MemoryStream(pdf), mode);
        document.Options.CompressContentStreams = false;
        return document;
    }

    /// <summary>
    /// Documents are saved with their own content streams uncompressed: PDFsharp's deflate output
    /// makes qpdf warn about trailing data, and what this project writes is a few operators.
    /// Streams the browser wrote keep their compression as long as they are not touched.
    /// </summary>
    public static PdfDocument New()
    {
        var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        return document;
    }

    public static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Sets title and language, and asks viewers to show the title rather than the file name.</summary>
    public static void Describe(PdfDocument document, string? title, string? language)
    {
        document.Info.Title = title ?? "";
        if (language is not null)
        {
            document.Internals.Catalog.Elements["/Lang"] = new PdfString(language);
        }

        var preferences = document.Internals.Catalog.Elements.GetDictionary("/ViewerPreferences") ?? new PdfDictionary(document);
        preferences.Elements["/DisplayDocTitle"] = new PdfBoolean(true);
        document.Internals.Catalog.Elements["/ViewerPreferences"] = preferences;
    }

    public static PdfRectangle Rectangle(double left, double bottom, double right, double top) => new(new XPoint(left, bottom), new XPoint(right, top));

    public static PdfBox Box(PdfRectangle rectangle) => new(rectangle.X1, rectangle.Y1, rectangle.X2, rectangle.Y2);

    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}
