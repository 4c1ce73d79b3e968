using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.FrontMatter;

/// <summary>A mistake in the front matter at the line where it was made.</summary>
/// <param name="HidesLaterKeys">
/// The mistake makes the keys after it part of a text, so it is an error even when the whole
/// still reads as valid front matter.
/// </param>
internal sealed record Pitfall(int Line, Message Message, bool HidesLaterKeys = false);

/// <summary>
/// Walks the front matter line by line looking for the mistakes editors make: a text that starts
/// with an apostrophe or a quote and does not end there, ': ' inside a text, a tab, a line indented
/// too far or not in line with the lines it belongs with, a list left open.
/// </summary>
internal static class PitfallScanner
{
    /// <summary>Signs the front matter reserves at the start of a text.</summary>
    private static readonly char[] ReservedStarts = ['*', '&', '!', '%', '@', '`'];

    public static IReadOnlyList<Pitfall> Scan(string yaml, int firstLine)
    {
        var raw = yaml.Split('\n');
        var pitfalls = new List<Pitfall>();
        var nesting = new Nesting();
        FrontMatterLine? previous = null;
        var indentationKnown = true;
        for (var i = 0; i < raw.Length; i++)
        {
            if (FrontMatterLine.Read(firstLine + i, raw[i]) is not { } line)
            {
                continue;
            }

            if (line.TabInIndent)
            {
                pitfalls.Add(new Pitfall(line.Number, PitfallMessages.Tab));
            }
            else if (nesting.Place(line, previous) is { } misplaced && indentationKnown)
            {
                // After one line out of place, the depth of the lines below it is guesswork.
                pitfalls.Add(new Pitfall(line.Number, misplaced));
                indentationKnown = false;
            }

            var (valuePitfall, lastLineOfValue) = CheckValue(line, raw, i, firstLine);
            if (valuePitfall is not null)
            {
                pitfalls.Add(valuePitfall);
            }

            i = lastLineOfValue;
            previous = line;
        }

        return pitfalls;
    }

    /// <summary>What is wrong with the value that starts on line <paramref name="index"/>, and the index of its last line.</summary>
    private static (Pitfall? Pitfall, int LastLine) CheckValue(FrontMatterLine line, string[] raw, int index, int firstLine)
    {
        switch (line.Shape)
        {
            case ValueShape.Block:
                return (null, LastLineDeeperThan(raw, index, line.ContentColumn));

            case ValueShape.SingleQuoted or ValueShape.DoubleQuoted:
                var closing = QuotedText.ClosingQuote(line.Value);
                if (closing >= 0)
                {
                    var goesOn = QuotedText.GoesOnAfter(line.Value, closing);
                    return (goesOn ? new Pitfall(line.Number, line.Shape == ValueShape.SingleQuoted ? PitfallMessages.ApostropheStart(line) : PitfallMessages.TextAfterQuote(line)) : null, index);
                }

                // A quoted text may go on over several lines, but not over the next key.
                var quote = line.Value[0];
                var (closedAt, runsIntoKey) = FindEnd(raw, index, line, l => QuotedText.Closes(l, quote));
                return closedAt is { } end
                    ? (null, end)
                    : (new Pitfall(line.Number, quote == '\'' ? PitfallMessages.ApostropheStart(line) : PitfallMessages.UnclosedQuote(line), runsIntoKey), index);

            case ValueShape.Bracketed:
                var open = QuotedText.OpenBrackets(line.Value);
                if (open <= 0)
                {
                    return (null, index);
                }

                var (balancedAt, _) = FindEnd(raw, index, line, l => (open += QuotedText.OpenBrackets(l)) <= 0);
                return balancedAt is { } last ? (null, last) : (new Pitfall(line.Number, PitfallMessages.UnclosedBracket(line)), index);

            case ValueShape.Plain when line.IsKeyed && (line.PlainValue.Contains(": ", StringComparison.Ordinal) || line.PlainValue.EndsWith(':')):
                return (new Pitfall(line.Number, PitfallMessages.ColonInText(line)), index);

            case ValueShape.Plain when ReservedStarts.Contains(line.Value[0]):
                return (new Pitfall(line.Number, PitfallMessages.ReservedStart(line)), index);

            default:
                return (null, index);
        }
    }

    /// <summary>
    /// The line at which a value that did not end on its own line ends, looking no further than the
    /// next key or list item at its own depth or less; and whether such a key was reached.
    /// </summary>
    private static (int? End, bool RunsIntoKey) FindEnd(string[] raw, int index, FrontMatterLine line, Func<string, bool> ends)
    {
        for (var j = index + 1; j < raw.Length; j++)
        {
            if (FrontMatterLine.Read(0, raw[j]) is { } next && (next.IsKeyed || next.DashColumns.Count > 0) && next.Indent <= line.ContentColumn)
            {
                return (null, true);
            }

            if (ends(raw[j]))
            {
                return (j, false);
            }
        }

        return (null, false);
    }

    /// <summary>The last line of a '|' or '&gt;' text: the lines after it that are blank or indented further than its key.</summary>
    private static int LastLineDeeperThan(string[] raw, int index, int column)
    {
        var last = index;
        for (var j = index + 1; j < raw.Length; j++)
        {
            var text = raw[j].TrimEnd('\r');
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (text.Length - text.TrimStart(' ').Length <= column)
            {
                break;
            }

            last = j;
        }

        return last;
    }

    /// <summary>The columns at which the open lists and groups start, to judge how far a line may be indented.</summary>
    private sealed class Nesting
    {
        private readonly List<(int Column, FrontMatterLine Line, bool IsDash)> _open = [];

        /// <summary>Takes the line in; says what is wrong with its indentation, if anything.</summary>
        public Message? Place(FrontMatterLine line, FrontMatterLine? previous)
        {
            var column = line.Indent;
            var deepest = _open.Count == 0 ? 0 : _open[^1].Column;
            Message? problem = null;
            if (column > deepest && previous?.OpensNesting != true)
            {
                if (!line.IsKeyed && line.DashColumns.Count == 0)
                {
                    // A long text going on over the next line.
                    return null;
                }

                problem = previous is null || deepest == 0 ? PitfallMessages.LeadingSpace(line) : PitfallMessages.IndentedTooFar(line, previous);
            }
            else if (column < deepest && column > 0 && !_open.Any(o => o.Column == column))
            {
                var isDash = line.DashColumns.Count > 0;
                var sibling = _open.Where(o => o.IsDash == isDash).DefaultIfEmpty(_open[^1]).MinBy(o => Math.Abs(o.Column - column));
                problem = PitfallMessages.NotAligned(line, sibling.Line, sibling.Column);
            }

            _open.RemoveAll(o => o.Column >= column);
            foreach (var dash in line.DashColumns)
            {
                _open.Add((dash, line, true));
            }

            if (line.IsKeyed || line.DashColumns.Count == 0)
            {
                _open.Add((line.ContentColumn, line, false));
            }

            return problem;
        }
    }
}
