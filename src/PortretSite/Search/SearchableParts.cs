using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortretSite.Content.Portraits;

namespace PortretSite.Search;

/// <summary>
/// The text of a reading, part by part: exactly what that reading holds, so a part hidden from its readers
/// (already absent from the reading) is never indexed. Story chapters become parts of their own, headed by their title.
/// </summary>
public static class SearchableParts
{
    public const string AboutLabel = "searchPartAbout";
    public const string StoryLabel = "searchPartStory";

    public static IReadOnlyList<SearchablePart> Of(Portrait reading)
    {
        var parts = new List<SearchablePart>();
        Add(parts, AboutLabel, reading.Name, reading.Summary, reading.AddressAs, reading.Place, reading.Group, Years(reading));
        parts.AddRange(Story(reading));
        Add(parts, "rolesTitle", [.. reading.Roles.SelectMany(r => new[] { r.Name, r.Gives, r.Support })]);
        Add(parts, "themesTitle", [.. reading.Themes.SelectMany(t => new[] { t.Feeling, t.Need })]);
        Add(parts, "timelineTitle", [.. reading.Timeline.SelectMany(e => new[] { e.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Title, e.Text })]);
        Add(parts, "valuesTitle", [.. reading.Values]);
        Add(parts, "legacyTitle", reading.Legacy);
        Add(parts, "peopleTitle", [.. reading.People.SelectMany(p => new[] { p.Name, p.Relation })]);
        Add(parts, "dayTitle", [reading.TypicalDayText, .. reading.TypicalDay.SelectMany(m => new[] { m.Time, m.Text })]);
        Add(parts, "observationsTitle", reading.Observations);
        Add(parts, "helpsTitle", [.. reading.Helps, .. reading.Avoid]);
        Add(parts, "domainsTitle", [.. reading.Domains.SelectMany(d => new[] { d.GoesWell, d.Hard, d.Helps })]);
        Add(parts, "threadTitle", reading.Thread);
        Add(parts, "rememberedTitle", reading.RememberedAs);
        Add(parts, "wishesTitle", reading.Wishes);
        Add(parts, "resolutionsTitle", [.. reading.Resolutions]);
        Add(parts, "galleryTitle", [.. reading.Photos.SelectMany(p => new[] { p.Caption, p.Alt })]);
        return parts;
    }

    private static string? Years(Portrait portrait) => (portrait.Born, portrait.Died) switch
    {
        ({ } born, { } died) => $"{born.Year}–{died.Year}",
        ({ } born, null) => born.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static void Add(List<SearchablePart> parts, string labelKey, params string?[] texts)
    {
        var text = string.Join(" · ", texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()));
        if (text.Length > 0)
        {
            parts.Add(new SearchablePart(labelKey, null, text));
        }
    }

    /// <summary>The opening, then each chapter (a second-level heading) with its text, quotes and captions.</summary>
    private static IEnumerable<SearchablePart> Story(Portrait reading)
    {
        if (reading.Story.Document is not { } document)
        {
            yield break;
        }

        string? heading = null;
        var text = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HeadingBlock { Level: 2 } chapter)
            {
                if (text.Length > 0)
                {
                    yield return new SearchablePart(heading is null ? StoryLabel : null, heading, text.ToString().TrimEnd(' ', '·'));
                }

                heading = InlineText(chapter.Inline);
                text.Clear();
                continue;
            }

            var line = InlineText(leaf.Inline);
            if (line.Length > 0)
            {
                // A caption or a heading has no full stop: a dot between keeps it from running into the next sentence in a passage.
                text.Append(line).Append(char.IsLetterOrDigit(line[^1]) ? " · " : " ");
            }
        }

        if (text.Length > 0)
        {
            yield return new SearchablePart(heading is null ? StoryLabel : null, heading, text.ToString().TrimEnd(' ', '·'));
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var piece in inline.Descendants())
        {
            switch (piece)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
