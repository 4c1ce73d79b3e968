using System.Globalization;
using System.Text.RegularExpressions;

namespace PortretSite.Tests.TestSupport;

/// <summary>Poppler and qpdf, reading the PDFs the way a print shop's tools do.</summary>
public static partial class PdfCli
{
    public static int Pages(string pdf) => int.Parse(PagesLine().Match(VipsCli.Run("pdfinfo", pdf)).Groups[1].Value, CultureInfo.InvariantCulture);

    public static string Text(string pdf, int page) => VipsCli.Run("pdftotext", "-f", N(page), "-l", N(page), "-layout", pdf, "-");

    /// <summary>The text inside a rectangle of a page, in points from the top left.</summary>
    public static string TextIn(string pdf, int page, double x, double y, double width, double height) =>
        VipsCli.Run("pdftotext", "-f", N(page), "-l", N(page), "-x", N((int)x), "-y", N((int)y), "-W", N((int)width), "-H", N((int)height), "-r", "72", pdf, "-");

    public static IReadOnlyList<(string Name, double X1, double Y1, double X2, double Y2)> Boxes(string pdf, int page)
    {
        var info = VipsCli.Run("pdfinfo", "-box", "-f", N(page), "-l", N(page), pdf);
        return [.. BoxLine().Matches(info).Select(m => (
            m.Groups[1].Value,
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture)))];
    }

    public static string Info(string pdf) => VipsCli.Run("pdfinfo", pdf);

    /// <summary>Rows of <c>pdffonts</c>: name and whether it is embedded.</summary>
    public static IReadOnlyList<(string Name, bool Embedded)> Fonts(string pdf) =>
        [.. VipsCli.Run("pdffonts", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cols => (cols[0], cols[^5] == "yes"))];

    /// <summary>Rows of <c>pdfimages -list</c>: page, pixel size and resolution as placed.</summary>
    public static IReadOnlyList<(int Page, int Width, int Height, int XPpi, int YPpi)> Images(string pdf) =>
        [.. VipsCli.Run("pdfimages", "-list", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => (int.Parse(c[0], CultureInfo.InvariantCulture), int.Parse(c[3], CultureInfo.InvariantCulture), int.Parse(c[4], CultureInfo.InvariantCulture), int.Parse(c[12], CultureInfo.InvariantCulture), int.Parse(c[13], CultureInfo.InvariantCulture)))];

    public static string QpdfCheck(string pdf) => VipsCli.Run("qpdf", "--check", pdf);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)")]
    private static partial Regex BoxLine();
}
