namespace PortretSite.Content.FrontMatter;

/// <summary>Where a text that starts with a quote ends, by the rules the front matter follows.</summary>
internal static class QuotedText
{
    /// <summary>The index of the closing quote in <paramref name="text"/>, which starts with <c>'</c> or <c>"</c>; -1 when none.</summary>
    public static int ClosingQuote(string text)
    {
        var quote = text[0];
        for (var i = 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (quote == '\'' && text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                // '' is an apostrophe inside a single-quoted text.
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when something other than a comment follows the closing quote.</summary>
    public static bool GoesOnAfter(string text, int closing)
    {
        var rest = text[(closing + 1)..].Trim();
        return rest.Length > 0 && !rest.StartsWith('#');
    }

    /// <summary>True when a line holds the closing quote of a text that started on an earlier line.</summary>
    public static bool Closes(string line, char quote) => quote == '\'' ? line.Replace("''", "", StringComparison.Ordinal).Contains('\'', StringComparison.Ordinal) : line.Replace("\\\"", "", StringComparison.Ordinal).Contains('"', StringComparison.Ordinal);

    /// <summary>How many brackets <c>[</c> and <c>{</c> a line leaves open (negative when it closes more than it opens).</summary>
    public static int OpenBrackets(string text) => text.Count(c => c is '[' or '{') - text.Count(c => c is ']' or '}');
}
