using PdfSharp;

namespace PortretSite.Print.Pdf;

/// <summary>The PDF tools on PDFsharp 6.5 (AGPL-3.0-only, which is why PortretSite is too).</summary>
public sealed class PdfSharpTools : IPdfTools
{
    static PdfSharpTools() => PdfSharpLicense.SetAgplLicense();

    public IReadOnlyDictionary<string, int> NamedDestinations(byte[] pdf) => DestinationReader.Read(pdf);

    public byte[] FinishForPrintShop(byte[] pdf, PrintFinish finish) => PrintShopFinish.Apply(pdf, finish);

    public byte[] ImposeForHome(byte[] booklet) => HomeImposition.Impose(booklet);

    public PdfSummary Summarize(byte[] pdf) => PdfInspector.Summarize(pdf);

    public IReadOnlyList<PdfStreamFault> BrokenStreams(byte[] pdf) => StreamCheck.Read(pdf);
}
