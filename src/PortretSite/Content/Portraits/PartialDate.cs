using System.Globalization;
using System.Text.RegularExpressions;

namespace PortretSite.Content.Portraits;

/// <summary>A date as people remember it: a year, a month, or a day (YYYY, YYYY-MM or YYYY-MM-DD).</summary>
public readonly partial record struct PartialDate(int Year, int? Month, int? Day)
{
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1000 || month is < 1 or > 12 || (day is not null && day > DateTime.DaysInMonth(year, month!.Value)) || day < 1)
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The earliest moment the date can mean, for ordering and "died before born" checks.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The latest moment the date can mean.</summary>
    public DateOnly End => Month is null
        ? new DateOnly(Year, 12, 31)
        : new DateOnly(Year, Month.Value, Day ?? DateTime.DaysInMonth(Year, Month.Value));

    public override string ToString() => Day is not null
        ? FormattableString.Invariant($"{Year:0000}-{Month:00}-{Day:00}")
        : Month is not null ? FormattableString.Invariant($"{Year:0000}-{Month:00}") : Year.ToString("0000", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?)?$")]
    private static partial Regex Pattern();
}
