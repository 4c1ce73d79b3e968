using System.Text;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Schema;

/// <summary>One key as a new portrait shows it, with the question asked above it (a kind of portrait asks its own).</summary>
public sealed record ScaffoldEntry(Key Key, Message? Question);

/// <summary>
/// Writes every key of a record as YAML a new portrait starts from: each key with its example and
/// its help as a comment, a guiding question above the keys that have one, and the keys a portrait
/// does not need yet commented out.
/// </summary>
public static class ScaffoldWriter
{
    private const int CommentColumn = 28;

    /// <param name="fill">Fills the placeholders of examples and questions (the name, today) before the comments are lined up.</param>
    public static string Write(IEnumerable<ScaffoldEntry> entries, UiLanguage language, Func<string, string> fill)
    {
        var text = new StringBuilder();
        foreach (var (key, asked) in entries.Where(e => !e.Key.Superseded))
        {
            if (asked is { } question)
            {
                text.Append('\n').Append("# ").Append(fill(question.In(language))).Append('\n');
            }

            foreach (var line in Lines(key, "", "", language, fill))
            {
                text.Append(key.InScaffold ? "" : "# ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <param name="first">What the key's own line starts with: its indent, and "- " for the first key of a list item.</param>
    /// <param name="indent">What the lines below it start with.</param>
    private static IEnumerable<string> Lines(Key key, string first, string indent, UiLanguage language, Func<string, string> fill)
    {
        var shape = key.Shape;
        var example = fill((key.Example ?? shape.Placeholder)?.In(language) ?? "");
        var head = shape.Layout switch
        {
            ExampleLayout.Inline => $"{first}{key.Name}: {example}",
            ExampleLayout.Block => $"{first}{key.Name}: |",
            _ => $"{first}{key.Name}:",
        };
        var choices = shape.Options.Count == 0 ? "" : $" ({string.Join(", ", shape.Options.Select(o => o.Written))})";
        yield return WithComment(head, key.Help.In(language) + choices, key.InScaffold);

        if (shape.Layout == ExampleLayout.Block)
        {
            foreach (var line in example.Split('\n'))
            {
                yield return $"{indent}  {line}";
            }
        }
        else if (shape is { Layout: ExampleLayout.Nested, Record: { } record })
        {
            var childIndent = indent + (shape.IsList ? "    " : "  ");
            var childFirst = shape.IsList ? indent + "  - " : childIndent;
            foreach (var child in record.Keys.Where(k => !k.Superseded && !k.ByCommand))
            {
                foreach (var line in Lines(child, childFirst, childIndent, language, fill))
                {
                    yield return line;
                }

                childFirst = childIndent;
            }
        }
    }

    /// <summary>The help after the key, lined up where the line leaves room (counting the "# " a commented line gets); Markdown's backticks left out.</summary>
    private static string WithComment(string line, string help, bool written)
    {
        var width = line.Length + (written ? 0 : 2);
        return line + new string(' ', Math.Max(1, CommentColumn - width)) + "# " + help.Replace("`", "", StringComparison.Ordinal);
    }
}
