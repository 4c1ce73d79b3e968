using PortretSite.Foundation.Diagnostics;
using System.Globalization;

namespace PortretSite.Print.Readers;

/// <summary>What the readability check says about a PDF file, in English and Dutch. Engine names are the same in both.</summary>
public static class ReadabilityMessages
{
    public static Message ReadCleanly(string file, IReadOnlyList<string> engines) => new(
        $"{file}: read cleanly by {List(engines, "and")}",
        $"{file}: zonder fouten gelezen door {List(engines, "en")}");

    public static Message NotReadCleanly(string file, int problems) => new(
        $"{file}: NOT read cleanly ({problems} {(problems == 1 ? "problem" : "problems")})",
        $"{file}: NIET zonder fouten gelezen ({problems} {(problems == 1 ? "probleem" : "problemen")})");

    public static Message NotChecked(string file) => new(
        $"{file}: not checked",
        $"{file}: niet nagekeken");

    public static Message EngineMissing(PdfEngine engine) => new(
        $"{engine.Name} could not be checked: '{engine.Executable}' is not installed (Debian/Ubuntu: apt-get install {engine.Package})",
        $"{engine.Name} kon niet nagekeken worden: '{engine.Executable}' is niet geïnstalleerd (Debian/Ubuntu: apt-get install {engine.Package})");

    public static Message BrokenStreams(string file, IEnumerable<int> objects)
    {
        var numbers = objects.ToList();
        var listed = string.Join(", ", numbers.Take(8).Select(n => n.ToString(CultureInfo.InvariantCulture))) + (numbers.Count > 8 ? ", …" : "");
        return new(
            $"{file}: {numbers.Count} compressed {(numbers.Count == 1 ? "stream does" : "streams do")} not decode in full (object {listed}); readers may show those pages incomplete or refuse them",
            $"{file}: {numbers.Count} gecomprimeerde {(numbers.Count == 1 ? "stream is" : "streams zijn")} niet volledig te decoderen (object {listed}); lezers kunnen die pagina's onvolledig tonen of weigeren");
    }

    public static Message EngineFailed(string file, string engine, string detail) => new(
        $"{engine} could not read {file}: {detail}",
        $"{engine} kon {file} niet lezen: {detail}");

    public static Message EngineWarns(string file, string engine, int warnings, string first) => new(
        $"{engine} warns while reading {file}: {first}{(warnings > 1 ? $" (and {warnings - 1} more)" : "")}",
        $"{engine} waarschuwt bij het lezen van {file}: {first}{(warnings > 1 ? $" (en nog {warnings - 1})" : "")}");

    public static Message PageCountsDiffer(string file, IEnumerable<(string Engine, int Pages)> counts)
    {
        var listed = string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Engine} {c.Pages}")));
        return new(
            $"the engines count different numbers of pages in {file}: {listed}",
            $"de lezers tellen een verschillend aantal pagina's in {file}: {listed}");
    }

    public static Message DrawnDifferently(string file, Disagreement d) => new(
        string.Create(CultureInfo.InvariantCulture, $"{d.Engine} and {d.OtherEngine} draw the {(d.Half == PageHalf.Left ? "left" : "right")} half of page {d.Page} of {file} differently"),
        string.Create(CultureInfo.InvariantCulture, $"{d.Engine} en {d.OtherEngine} tekenen de {(d.Half == PageHalf.Left ? "linker" : "rechter")}helft van pagina {d.Page} van {file} verschillend"));

    /// <summary>Two sentences as one line.</summary>
    public static Message Join(Message first, Message second) => new($"{first.English}; {second.English}", $"{first.Dutch}; {second.Dutch}");

    private static string List(IReadOnlyList<string> items, string and) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} {and} {items[^1]}";
}
