using System.Text.RegularExpressions;

namespace PortretSite.Content.Portraits;

/// <summary>
/// Reads the period of a role as editors write it, in Dutch or English: <c>1952–1961</c>, <c>1988–</c>,
/// <c>januari 1960–juni 1965</c>, <c>sinds 2019</c>, <c>tot 1965</c>, <c>nu</c>, <c>altijd</c>.
/// Only whole words and dates count: text that merely contains "nu" is not a period.
/// </summary>
public static partial class RolePeriodText
{
    private static readonly string[] OngoingWords = ["nu", "now", "heden", "vandaag", "today", "altijd", "altijd al", "sinds altijd", "always", "since forever", "forever"];

    private static readonly string[] OpenEnds = ["", "nu", "now", "heden", "vandaag", "today", "present"];

    private static readonly string[] SincePrefixes = ["sinds ", "since ", "vanaf ", "from ", "van "];

    private static readonly string[] UntilPrefixes = ["tot en met ", "t/m ", "tot ", "until ", "till ", "to "];

    private static readonly string[] Separators = ["–", "—", "-", " tot en met ", " t/m ", " tot ", " to ", " until ", " till "];

    private static readonly Dictionary<string, int> Months = MonthNames();

    public static bool TryParse(string? text, out RolePeriod period)
    {
        period = RolePeriod.Ongoing(text);
        var written = text?.Trim() ?? "";
        var words = Regex.Replace(written.ToLowerInvariant(), @"\s+", " ");
        if (words.Length == 0)
        {
            return false;
        }

        if (OngoingWords.Contains(words))
        {
            return true;
        }

        if (Date(words) is { } single)
        {
            period = new RolePeriod(single, single, Open: false, written);
            return true;
        }

        foreach (var prefix in SincePrefixes.Where(p => words.StartsWith(p, StringComparison.Ordinal)))
        {
            var rest = words[prefix.Length..];
            if (Date(rest) is { } since)
            {
                period = new RolePeriod(since, null, Open: true, written);
                return true;
            }

            // "van 1952 tot 1961": the prefix belongs to a range.
            if (Range(rest, written) is { } range)
            {
                period = range;
                return true;
            }
        }

        foreach (var prefix in UntilPrefixes.Where(p => words.StartsWith(p, StringComparison.Ordinal)))
        {
            if (Date(words[prefix.Length..]) is { } until)
            {
                period = new RolePeriod(null, until, Open: false, written);
                return true;
            }
        }

        if (Range(words, written) is { } found)
        {
            period = found;
            return true;
        }

        return false;
    }

    /// <summary>Tries every place a separator stands, so that the hyphens inside 1960-05 are not taken for one.</summary>
    private static RolePeriod? Range(string words, string written)
    {
        foreach (var separator in Separators)
        {
            for (var at = words.IndexOf(separator, StringComparison.Ordinal); at > 0; at = words.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                var left = words[..at].Trim();
                var right = words[(at + separator.Length)..].Trim();
                if (Date(left) is not { } from)
                {
                    continue;
                }

                if (OpenEnds.Contains(right))
                {
                    return new RolePeriod(from, null, Open: true, written);
                }

                if (Date(right) is { } until)
                {
                    return new RolePeriod(from, until, Open: false, written);
                }
            }
        }

        return null;
    }

    /// <summary>A date written as 1960, 1960-05, 1960-05-12, "mei 1960", "12 mei 1960", "May 1960" or "12 May 1960".</summary>
    private static PartialDate? Date(string text)
    {
        if (PartialDate.TryParse(text, out var iso))
        {
            return iso;
        }

        var match = WrittenDate().Match(text);
        if (!match.Success || !Months.TryGetValue(match.Groups["month"].Value.TrimEnd('.'), out var month))
        {
            return null;
        }

        var written = match.Groups["day"].Success
            ? $"{match.Groups["year"].Value}-{month}-{match.Groups["day"].Value}"
            : $"{match.Groups["year"].Value}-{month}";
        return PartialDate.TryParse(written, out var date) ? date : null;
    }

    private static Dictionary<string, int> MonthNames()
    {
        string[] dutch = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
        string[] english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        var names = new Dictionary<string, int>(StringComparer.Ordinal) { ["mrt"] = 3, ["sept"] = 9 };
        for (var i = 0; i < 12; i++)
        {
            foreach (var month in new[] { dutch[i], english[i] })
            {
                names[month] = i + 1;
                names[month[..3]] = i + 1;
            }
        }

        return names;
    }

    [GeneratedRegex(@"^(?:(?<day>\d{1,2})\s+)?(?<month>[a-z]+\.?)\s+(?<year>\d{4})$")]
    private static partial Regex WrittenDate();
}
