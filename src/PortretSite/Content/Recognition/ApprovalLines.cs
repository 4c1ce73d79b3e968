using System.Globalization;
using System.Text.RegularExpressions;
using PortretSite.Content.FrontMatter;
using PortretSite.Content.Portraits;

namespace PortretSite.Content.Recognition;

/// <summary>The approval <c>portret approve</c> writes: who, when, and the fingerprint of what they recognised.</summary>
public sealed record ApprovalToWrite(string By, DateOnly On, ContentFingerprint Fingerprint);

/// <summary>
/// Writes an approval into the front matter of <c>index.md</c> by editing its lines, never by writing
/// the YAML anew: the editor's comments, key order, quoting and layout stay as they were. Only
/// <c>status</c> and the lines of the <c>approved</c> block change (or are added where the schema orders them).
/// </summary>
public static partial class ApprovalLines
{
    private const string Indent = "  ";

    /// <summary>The text with the approval written in; null when it has no front matter between <c>---</c> lines.</summary>
    public static string? Write(string text, ApprovalToWrite approval)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        var end = lines.FindIndex(1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            return null;
        }

        end = WriteApproved(lines, end, approval);
        WriteStatus(lines, end);
        return string.Join(newline, lines);
    }

    /// <summary>Sets the value of <c>status</c>, keeping a comment after it; adds the line before <c>approved</c> when there is none.</summary>
    private static void WriteStatus(List<string> lines, int end)
    {
        var status = TopKey(lines, end, PortraitSchema.Status.Name);
        if (status >= 0)
        {
            lines[status] = WithValue(lines[status], "approved");
            return;
        }

        lines.Insert(TopKey(lines, end, PortraitSchema.Approved.Name), "status: approved");
    }

    /// <summary>Writes the block's lines; returns where the front matter now ends.</summary>
    private static int WriteApproved(List<string> lines, int end, ApprovalToWrite approval)
    {
        var wanted = new List<(string Key, IReadOnlyList<string> Lines)>
        {
            ("by", [$"by: {Scalar(approval.By)}"]),
            ("on", [$"on: {approval.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"]),
            ("fingerprint", [$"fingerprint: {approval.Fingerprint.Written}"]),
            ("files", ["files:", .. approval.Fingerprint.Files.Select(f => $"{Indent}- {Scalar(f.Written)}")]),
        };
        var start = TopKey(lines, end, PortraitSchema.Approved.Name);
        if (start < 0)
        {
            var at = InsertionPoint(lines, end);
            var block = new List<string> { "approved:" };
            block.AddRange(wanted.SelectMany(w => w.Lines.Select(l => Indent + l)));
            lines.InsertRange(at, block);
            return end + block.Count;
        }

        var blockEnd = BlockEnd(lines, start, end);
        if (FrontMatterLine.Read(start + 1, lines[start]) is { Shape: not ValueShape.Empty })
        {
            // Written on one line ({ by: …, on: … }): the block is written out below the key instead.
            var block = new List<string> { WithValue(lines[start], "").TrimEnd() };
            block.AddRange(wanted.SelectMany(w => w.Lines.Select(l => Indent + l)));
            lines.RemoveRange(start, blockEnd - start + 1);
            lines.InsertRange(start, block);
            return end - (blockEnd - start + 1) + block.Count;
        }

        var childIndent = ChildIndent(lines, start, blockEnd);
        foreach (var (key, written) in wanted)
        {
            blockEnd = BlockEnd(lines, start, end);
            var indented = written.Select(l => childIndent + l).ToList();
            var at = ChildKey(lines, start, blockEnd, childIndent, key);
            if (at < 0)
            {
                lines.InsertRange(blockEnd + 1, indented);
                end += indented.Count;
                continue;
            }

            // The key's own line keeps its comment; what was nested below it (the old list of files) is replaced.
            var childEnd = ChildEnd(lines, at, blockEnd, childIndent);
            indented[0] = WithValue(lines[at], written[0][(key.Length + 1)..].Trim()).TrimEnd();
            lines.RemoveRange(at, childEnd - at + 1);
            lines.InsertRange(at, indented);
            end += indented.Count - (childEnd - at + 1);
        }

        return end;
    }

    /// <summary>Where a new <c>approved</c> block goes: after the block of the last key the schema orders before it, else after the first line.</summary>
    private static int InsertionPoint(List<string> lines, int end)
    {
        var names = PortraitSchema.Root.Names;
        var before = names.Take(names.ToList().IndexOf(PortraitSchema.Approved.Name)).Reverse();
        foreach (var name in before)
        {
            var at = TopKey(lines, end, name);
            if (at >= 0)
            {
                return BlockEnd(lines, at, end) + 1;
            }
        }

        return 1;
    }

    /// <summary>The line of a key at the top of the front matter, or -1.</summary>
    private static int TopKey(List<string> lines, int end, string key)
    {
        for (var i = 1; i < end; i++)
        {
            if (FrontMatterLine.Read(i + 1, lines[i]) is { Indent: 0, DashColumns.Count: 0 } line && line.Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The last line that belongs to the top key at <paramref name="start"/>: indented lines up to the next top key; a comment at the margin after it belongs to what follows.</summary>
    private static int BlockEnd(List<string> lines, int start, int end)
    {
        var last = start;
        for (var i = start + 1; i < end; i++)
        {
            var text = lines[i];
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (!char.IsWhiteSpace(text[0]) && !text.StartsWith("- ", StringComparison.Ordinal))
            {
                break;
            }

            last = i;
        }

        return last;
    }

    private static string ChildIndent(List<string> lines, int start, int blockEnd)
    {
        for (var i = start + 1; i <= blockEnd; i++)
        {
            if (FrontMatterLine.Read(i + 1, lines[i]) is { IsKeyed: true, DashColumns.Count: 0 } line)
            {
                return lines[i][..line.Indent];
            }
        }

        return Indent;
    }

    private static int ChildKey(List<string> lines, int start, int blockEnd, string childIndent, string key)
    {
        for (var i = start + 1; i <= blockEnd; i++)
        {
            if (FrontMatterLine.Read(i + 1, lines[i]) is { DashColumns.Count: 0 } line && line.Indent == childIndent.Length && line.Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The last line of a child key's value: lines indented further, or list items at its own indent.</summary>
    private static int ChildEnd(List<string> lines, int at, int blockEnd, string childIndent)
    {
        var last = at;
        for (var i = at + 1; i <= blockEnd; i++)
        {
            var text = lines[i];
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var indent = text.Length - text.TrimStart().Length;
            var content = text.TrimStart();
            if (indent > childIndent.Length || (indent == childIndent.Length && content.StartsWith('-')))
            {
                if (!content.StartsWith('#'))
                {
                    last = i;
                }

                continue;
            }

            break;
        }

        return last;
    }

    /// <summary>The line with its value replaced, keeping the key, its spacing and a comment after the value.</summary>
    private static string WithValue(string line, string value)
    {
        var match = KeyedLine().Match(line);
        if (!match.Success)
        {
            return line;
        }

        var comment = Comment(match.Groups["rest"].Value);
        return match.Groups["head"].Value + value + comment;
    }

    /// <summary>A trailing <c> # comment</c> after a value, with the spaces before it; none inside quotes.</summary>
    private static string Comment(string rest)
    {
        var quote = rest.TrimStart() is ['"' or '\'', ..] trimmed ? QuotedText.ClosingQuote(trimmed) + (rest.Length - trimmed.Length) : -1;
        var from = Math.Max(quote, 0);
        var hash = rest.IndexOf(" #", from, StringComparison.Ordinal);
        if (hash < 0)
        {
            return rest.StartsWith('#') ? " " + rest : "";
        }

        var spaces = rest[..hash].Length - rest[..hash].TrimEnd().Length;
        return rest[(hash - spaces)..];
    }

    /// <summary>A text as YAML: as it is when it reads back the same, else between double quotes.</summary>
    public static string Scalar(string text) =>
        PlainText().IsMatch(text) && !text.EndsWith(':') && !Reserved.Contains(text.ToLowerInvariant())
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static readonly HashSet<string> Reserved = ["true", "false", "yes", "no", "null", "~", "on", "off", "y", "n"];

    [GeneratedRegex(@"^(?<head>[ ]*[^#\s][^:]*?:[ ]?)(?<rest>.*)$")]
    private static partial Regex KeyedLine();

    // Starts with a letter or digit; no ': ', ' #', quotes at the start, brackets or other signs the front matter keeps for itself.
    [GeneratedRegex(@"^[\p{L}\p{N}](?:[\p{L}\p{N} .,'()/_\-–—+]*[\p{L}\p{N}.)'])?$")]
    private static partial Regex PlainText();
}
