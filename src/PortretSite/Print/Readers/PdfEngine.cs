namespace PortretSite.Print.Readers;

/// <summary>
/// A PDF engine a reader or printer driver may be built on, run as its own command-line tool to
/// draw every page as a grayscale PGM file (<c>page-N.pgm</c>) in a folder.
/// </summary>
/// <param name="Name">The engine's name, the same in every language.</param>
/// <param name="Executable">The command, looked up on the PATH.</param>
/// <param name="Package">The Debian/Ubuntu package that installs it.</param>
/// <param name="Arguments">The arguments that draw a PDF into a folder at a resolution in dpi.</param>
/// <param name="ToolNotes">Lines the tool prints about itself rather than about the PDF.</param>
public sealed record PdfEngine(string Name, string Executable, string Package, Func<string, string, int, IReadOnlyList<string>> Arguments, IReadOnlyList<string> ToolNotes)
{
    public static readonly PdfEngine Poppler = new(
        "poppler", "pdftoppm", "poppler-utils", (pdf, folder, dpi) => ["-r", Dpi(dpi), "-gray", pdf, Path.Combine(folder, "page")], []);

    public static readonly PdfEngine Ghostscript = new(
        "Ghostscript", "gs", "ghostscript", (pdf, folder, dpi) => ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pgmraw", "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", "-r" + Dpi(dpi), "-o", Path.Combine(folder, "page-%d.pgm"), pdf], []);

    /// <summary>Debian's MuPDF is built without colour management and says so before every file.</summary>
    public static readonly PdfEngine MuPdf = new(
        "MuPDF", "mutool", "mupdf-tools", (pdf, folder, dpi) => ["draw", "-q", "-r", Dpi(dpi), "-c", "gray", "-o", Path.Combine(folder, "page-%d.pgm"), pdf], ["warning: ICC support is not available"]);

    public static readonly IReadOnlyList<PdfEngine> All = [Poppler, Ghostscript, MuPdf];

    private static string Dpi(int dpi) => dpi.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
