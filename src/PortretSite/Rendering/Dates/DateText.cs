using System.Globalization;
using PortretSite.Content.Portraits;

namespace PortretSite.Rendering.Dates;

/// <summary>Dates the way people read them: nl "12 april 1938", en "12 April 1938", years with ° and †.</summary>
public static class DateText
{
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(PartialDate date, string language)
    {
        var months = language == "en" ? EnglishMonths : DutchMonths;
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        if (date.Month is not { } month)
        {
            return year;
        }

        return date.Day is { } day
            ? $"{day.ToString(CultureInfo.InvariantCulture)}\u00A0{months[month - 1]} {year}"
            : $"{months[month - 1]} {year}";
    }

    public static string Format(DateOnly date, string language) => Format(new PartialDate(date.Year, date.Month, date.Day), language);

    /// <summary>"° 1938 – † 2024" when both are known; otherwise what is known.</summary>
    public static string Years(PartialDate? born, PartialDate? died, string language)
    {
        var birth = born is { } b ? b.Year.ToString(CultureInfo.InvariantCulture) : null;
        var death = died is { } d ? d.Year.ToString(CultureInfo.InvariantCulture) : null;
        return (birth, death) switch
        {
            ({ } bo, { } de) => $"°\u00A0{bo} – †\u00A0{de}",
            ({ } bo, null) => language == "en" ? $"born {bo}" : $"°\u00A0{bo}",
            (null, { } de) => $"†\u00A0{de}",
            _ => "",
        };
    }

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(PartialDate date) => date.ToString();
}
