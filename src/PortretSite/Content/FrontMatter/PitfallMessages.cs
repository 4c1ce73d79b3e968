using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.FrontMatter;

/// <summary>
/// What went wrong in the front matter, said the way an editor can fix it: where, what, and the
/// line as it should be written. Never the parser's own words.
/// </summary>
internal static class PitfallMessages
{
    private const int ShownLength = 40;

    public static readonly Message Tab = new(
        "this line is indented with a tab; indent with spaces only",
        "deze regel springt in met een tab; spring alleen in met spaties");

    public static readonly Message NotUnderstood = new(
        "this part of the front matter cannot be read; check that each line is indented like the lines it belongs with, and put a text that holds ': ' or starts with ' or \" between double quotes",
        "dit deel van de front matter is niet te lezen; kijk na of elke regel even ver inspringt als de regels waar hij bij hoort, en zet een tekst met ': ' of die begint met ' of \" tussen dubbele aanhalingstekens");

    public static Message ApostropheStart(FrontMatterLine line) => new(
        $"{Subject(line).English}the text starts with an apostrophe ('), which the front matter reads as the start of a quotation that does not end where the text ends; {Requote(line).English}",
        $"{Subject(line).Dutch}de tekst begint met een apostrof ('), en die leest de front matter als het begin van een aanhaling die niet sluit waar de tekst eindigt; {Requote(line).Dutch}");

    public static Message UnclosedQuote(FrontMatterLine line) => new(
        $"{Subject(line).English}the double quote (\") at the start of the text is not closed; end the text with \" on the same line: {Written(line, $"\"{Shortened(line.Value[1..])}\"")}",
        $"{Subject(line).Dutch}het aanhalingsteken (\") aan het begin van de tekst wordt niet gesloten; sluit de tekst op dezelfde regel af met \": {Written(line, $"\"{Shortened(line.Value[1..])}\"")}");

    public static Message TextAfterQuote(FrontMatterLine line) => new(
        $"{Subject(line).English}the text starts with a double quote, so it ends at the next \" and the rest does not fit; write the quotation marks inside the text as „…” or '…', or write the text after '|' on the next lines, indented",
        $"{Subject(line).Dutch}de tekst begint met een aanhalingsteken, dus hij stopt bij de volgende \" en de rest past niet meer; schrijf de aanhalingstekens in de tekst als „…” of '…', of schrijf de tekst na '|' op de volgende regels, ingesprongen");

    public static Message ColonInText(FrontMatterLine line) => new(
        $"{Subject(line).English}the text holds ': ', which the front matter reads as the start of a new key; {Requote(line).English}",
        $"{Subject(line).Dutch}de tekst bevat ': ', en dat leest de front matter als het begin van een nieuwe sleutel; {Requote(line).Dutch}");

    public static Message UnclosedBracket(FrontMatterLine line) => new(
        $"{Subject(line).English}the list that starts with {line.Value[0]} is not closed; end it with {Closing(line.Value[0])} on the same line",
        $"{Subject(line).Dutch}de lijst die begint met {line.Value[0]} wordt niet gesloten; sluit hem op dezelfde regel af met {Closing(line.Value[0])}");

    public static Message LeadingSpace(FrontMatterLine line) => new(
        $"{What(line).English} starts with a space; a key at the top starts at the very left of the line, like 'name': remove the space",
        $"{What(line).Dutch} begint met een spatie; een sleutel bovenaan begint helemaal links op de regel, zoals 'name': haal de spatie weg");

    public static Message IndentedTooFar(FrontMatterLine line, FrontMatterLine above) => new(
        $"{What(line).English} is indented further than line {above.Number}, but that line does not open a list or a group; put it right under {What(above, line).English} on line {above.Number}",
        $"{What(line).Dutch} springt verder in dan regel {above.Number}, maar die regel opent geen lijst of groep; zet het recht onder {What(above, line).Dutch} op regel {above.Number}");

    public static Message NotAligned(FrontMatterLine line, FrontMatterLine sibling, int column) => new(
        $"{What(line).English} is not in line with {What(sibling, line).English} on line {sibling.Number}; indent it exactly as far ({Spaces(column).English})",
        $"{What(line).Dutch} staat niet recht onder {What(sibling, line).Dutch} op regel {sibling.Number}; laat het precies even ver inspringen ({Spaces(column).Dutch})");

    public static Message ReservedStart(FrontMatterLine line) => new(
        $"{Subject(line).English}the text starts with {line.Value[0]}, a sign the front matter keeps for itself; {Requote(line).English}",
        $"{Subject(line).Dutch}de tekst begint met {line.Value[0]}, een teken dat de front matter voor zichzelf houdt; {Requote(line).Dutch}");

    /// <summary>"need: " before a message about the value of need; nothing for a list item without a key.</summary>
    private static Message Subject(FrontMatterLine line) => line.Key is { } key ? new($"{key}: ", $"{key}: ") : new("", "");

    /// <summary>The thing that starts the line: its dash for a list item, else its key.</summary>
    private static Message What(FrontMatterLine line) =>
        line.DashColumns.Count > 0 ? new("the list item's dash '-'", "het streepje '-' van het lijstitem") : new($"'{line.Key ?? Shortened(line.Value)}'", $"'{line.Key ?? Shortened(line.Value)}'");

    /// <summary>The part of <paramref name="reference"/> that lines up with the first thing on <paramref name="line"/>.</summary>
    private static Message What(FrontMatterLine reference, FrontMatterLine line) =>
        line.DashColumns.Count > 0 && reference.DashColumns.Count > 0 ? new("the dash", "het streepje")
        : reference.Key is { } key ? new($"'{key}'", $"'{key}'")
        : What(reference);

    private static Message Spaces(int column) => column == 1 ? new("1 space", "1 spatie") : new($"{column} spaces", $"{column} spaties");

    /// <summary>The fix for a text the front matter misreads: double quotes around it, or '|' when it holds double quotes itself.</summary>
    private static Message Requote(FrontMatterLine line)
    {
        var text = line.Shape == ValueShape.Plain ? line.PlainValue : line.Value;
        return text.Contains('"', StringComparison.Ordinal)
            ? new(
                $"write the text after '|' on the next lines, indented: {Written(line, "|")}",
                $"schrijf de tekst na '|' op de volgende regels, ingesprongen: {Written(line, "|")}")
            : new(
                $"put the whole text between double quotes: {Written(line, $"\"{Shortened(text)}\"")}",
                $"zet de hele tekst tussen dubbele aanhalingstekens: {Written(line, $"\"{Shortened(text)}\"")}");
    }

    private static string Written(FrontMatterLine line, string value) => line.Key is { } key ? $"{key}: {value}" : $"- {value}";

    private static string Shortened(string text) => text.Length <= ShownLength ? text : text[..ShownLength].TrimEnd() + " …";

    private static char Closing(char opening) => opening == '[' ? ']' : '}';
}
