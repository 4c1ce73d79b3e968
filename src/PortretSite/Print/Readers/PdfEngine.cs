namespace PortretSite.Print.Readers;

/// <summary>
/// A PDF engine a reader or printer driver may be built on, run as its own command-line tool to
/// draw every page as a grayscale PGM file (<c>page-N.pgm</c>) in a folder, or (<c>Draws</c> false)
/// to read every page's text into <c>text.txt</c>, one form feed after each page.
/// </summary>
/// <param name="Name">The engine's name, the same in every language.</param>
/// <param name="Executable">The command, looked up on the PATH.</param>
/// <param name="Package">The Debian/Ubuntu package that installs it.</param>
/// <param name="Arguments">The arguments that draw a PDF into a folder at a resolution in dpi.</param>
/// <param name="ToolNotes">Lines the tool prints about itself rather than about the PDF.</param>
/// <param name="Draws">Whether it draws the pages, or reads their text.</param>
public sealed record PdfEngine(string Name, string Executable, string Package, Func<string, string, int, IReadOnlyList<string>> Arguments, IReadOnlyList<string> ToolNotes, bool Draws = true)
{
    public const string TextFile = "text.txt";

    public static readonly PdfEngine Poppler = new(
        "poppler", "pdftoppm", "poppler-utils", (pdf, folder, dpi) => ["-r", Dpi(dpi), "-gray", pdf, Path.Combine(folder, "page")], []);

    public static readonly PdfEngine Ghostscript = new(
        "Ghostscript", "gs", "ghostscript", (pdf, folder, dpi) => ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pgmraw", "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", "-r" + Dpi(dpi), "-o", Path.Combine(folder, "page-%d.pgm"), pdf], []);

    /// <summary>Debian's MuPDF is built without colour management and says so before every file.</summary>
    public static readonly PdfEngine MuPdf = new(
        "MuPDF", "mutool", "mupdf-tools", (pdf, folder, dpi) => ["draw", "-q", "-r", Dpi(dpi), "-c", "gray", "-o", Path.Combine(folder, "page-%d.pgm"), pdf], ["warning: ICC support is not available"]);

    /// <summary>poppler reading every page's content and fonts without drawing: it parses what it would draw.</summary>
    public static readonly PdfEngine PopplerText = new(
        "poppler (pdftotext)", "pdftotext", "poppler-utils", (pdf, folder, _) => [pdf, Path.Combine(folder, TextFile)], [], Draws: false);

    public static readonly IReadOnlyList<PdfEngine> All = [Poppler, Ghostscript, MuPdf];

    /// <summary>
    /// The engines of a booklet's preflight, which runs in every build that prints: poppler draws a
    /// page photo by photo through its colour profile (1–2.5 s a booklet here, against 0.1–0.7 s for
    /// the others), so there it reads instead. The tests draw with all three (<see cref="All"/>).
    /// </summary>
    public static readonly IReadOnlyList<PdfEngine> Preflight = [Ghostscript, MuPdf, PopplerText];

    private static string Dpi(int dpi) => dpi.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
