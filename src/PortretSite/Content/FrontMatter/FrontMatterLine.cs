using System.Text.RegularExpressions;

namespace PortretSite.Content.FrontMatter;

/// <summary>How a front-matter value starts, which decides where it ends.</summary>
internal enum ValueShape
{
    /// <summary>Nothing after the colon: a list or a group follows on the next lines.</summary>
    Empty,

    /// <summary><c>|</c> or <c>&gt;</c>: the text follows on the next, further indented lines.</summary>
    Block,
    SingleQuoted,
    DoubleQuoted,

    /// <summary><c>[a, b]</c> or <c>{ key: value }</c>.</summary>
    Bracketed,
    Plain,
}

/// <summary>
/// One line of front matter as an editor sees it: how far it is indented, the dashes of its list
/// items, its key and the value after the key. Read from the text alone, so it can be judged even
/// when the whole does not parse.
/// </summary>
internal sealed partial record FrontMatterLine(int Number, string Text, int Indent, bool TabInIndent, IReadOnlyList<int> DashColumns, int ContentColumn, string? Key, string Value)
{
    /// <summary>The line, or null when it is blank or only a comment.</summary>
    public static FrontMatterLine? Read(int number, string text)
    {
        text = text.TrimEnd('\r');
        var content = text.TrimStart(' ', '\t');
        if (content.Length == 0 || content.StartsWith('#'))
        {
            return null;
        }

        var leading = text[..(text.Length - content.Length)];
        var column = leading.Length;
        var dashes = new List<int>();
        while (content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
        {
            dashes.Add(column);
            var rest = content[1..].TrimStart(' ');
            column += content.Length - rest.Length;
            content = rest;
        }

        var keyed = KeyAndValue().Match(content);
        return keyed.Success
            ? new FrontMatterLine(number, text, leading.Length, leading.Contains('\t', StringComparison.Ordinal), dashes, column, keyed.Groups["key"].Value, keyed.Groups["value"].Value.Trim())
            : new FrontMatterLine(number, text, leading.Length, leading.Contains('\t', StringComparison.Ordinal), dashes, column, null, content.Trim());
    }

    public bool IsKeyed => Key is not null;

    /// <summary>A lone dash or a key without a value: the next line may be indented further.</summary>
    public bool OpensNesting => Shape == ValueShape.Empty;

    public ValueShape Shape => Value switch
    {
        "" => ValueShape.Empty,
        _ when Value[0] == '#' => ValueShape.Empty,
        _ when BlockIndicator().IsMatch(Value) => ValueShape.Block,
        ['\'', ..] => ValueShape.SingleQuoted,
        ['"', ..] => ValueShape.DoubleQuoted,
        ['[' or '{', ..] => ValueShape.Bracketed,
        _ => ValueShape.Plain,
    };

    /// <summary>The value of a plain text without a trailing comment.</summary>
    public string PlainValue
    {
        get
        {
            var comment = Value.IndexOf(" #", StringComparison.Ordinal);
            return (comment < 0 ? Value : Value[..comment]).TrimEnd();
        }
    }

    // A key: letters, digits, '_', '.', '-' and spaces, then a colon followed by a space or the end of the line.
    [GeneratedRegex(@"^(?<key>[\p{L}_][\p{L}\p{N}_.\- ]*?)\s*:(?:\s+(?<value>.*))?$")]
    private static partial Regex KeyAndValue();

    [GeneratedRegex(@"^[|>][-+0-9]*\s*(#.*)?$")]
    private static partial Regex BlockIndicator();
}
