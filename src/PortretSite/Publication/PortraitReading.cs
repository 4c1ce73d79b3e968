using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Content.Story;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Publication;

/// <summary>
/// A reading: the portrait as some of its audiences may read it. The parts and chapters hidden from them are
/// not in it at all, so whatever renders it (a page, a booklet) cannot show them, not even by mistake.
/// </summary>
/// <param name="Id">Made from the sorted hidden set; empty for the whole portrait.</param>
/// <param name="Audiences">The audiences that read the portrait this way, in the portrait's order.</param>
public sealed record PlannedReading(string Id, IReadOnlySet<string> Hidden, Portrait Portrait, IReadOnlyList<string> Audiences)
{
    public bool IsWhole => Hidden.Count == 0;

    /// <summary>Whether this reading may see everything <paramref name="other"/> shows.</summary>
    public bool SeesAllOf(IReadOnlySet<string> otherHidden) => Hidden.IsSubsetOf(otherHidden);
}

/// <summary>The booklet of a portrait: the reading it prints, and the audiences it was made for (the colophon names them).</summary>
public sealed record PlannedBooklet(PlannedReading Reading, IReadOnlyList<Audience> MadeFor)
{
    public Portrait Portrait => Reading.Portrait;

    /// <summary>The reading its card for carers shows, printed beside it; none when only families read the portrait.</summary>
    public PlannedReading? Card { get; init; }
}

/// <summary>
/// Makes the readings of a portrait: what each audience may not read (parts under <c>visibility:</c> that do not
/// name it, chapter files whose <c>audiences:</c> do not), and the portrait without those.
/// </summary>
public static class PortraitReading
{
    private const string ChapterPrefix = "chapter:";

    /// <summary>The parts (by key name) and chapters (<c>chapter:&lt;file&gt;</c>) hidden from <paramref name="audience"/>.</summary>
    public static SortedSet<string> HiddenFrom(Portrait portrait, string audience)
    {
        var hidden = new SortedSet<string>(StringComparer.Ordinal);
        hidden.UnionWith(portrait.Visibility.Where(part => !part.Value.Contains(audience)).Select(part => part.Key));
        hidden.UnionWith(portrait.Story.Sources.Where(s => s.Audiences is { } only && !only.Contains(audience)).Select(s => ChapterPrefix + s.RelativePath));
        return hidden;
    }

    /// <summary>One reading per distinct hidden set: audiences that may read the same share it.</summary>
    public static IReadOnlyList<PlannedReading> ReadingsOf(Portrait portrait, IReadOnlyList<string> audiences) =>
        [.. audiences.Select(a => (Audience: a, Hidden: HiddenFrom(portrait, a)))
            .GroupBy(a => IdOf(a.Hidden), StringComparer.Ordinal)
            .Select(g => Reading(portrait, g.First().Hidden, [.. g.Select(a => a.Audience)]))];

    /// <summary>
    /// The booklet's reading: that of <c>print: audience:</c>, else what every family and the person themselves may
    /// read, else (a portrait only teams read) what every one of its audiences may read.
    /// </summary>
    public static PlannedBooklet BookletOf(Portrait portrait, SiteSettings settings)
    {
        var known = portrait.Audiences.Select(settings.FindAudience).OfType<Audience>().ToList();
        var family = known.Where(a => a.Kind is AudienceKind.Family or AudienceKind.Self).ToList();
        IReadOnlyList<Audience> madeFor = portrait.PrintAudience is { } chosen && known.FirstOrDefault(a => a.Id == chosen) is { } audience
            ? [audience]
            : family.Count > 0 ? family : known;
        var hidden = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reader in madeFor)
        {
            hidden.UnionWith(HiddenFrom(portrait, reader.Id));
        }

        return new PlannedBooklet(Reading(portrait, hidden, [.. madeFor.Select(a => a.Id)]), madeFor);
    }

    public static string IdOf(IEnumerable<string> hidden) => string.Join('+', hidden.Order(StringComparer.Ordinal));

    private static PlannedReading Reading(Portrait portrait, SortedSet<string> hidden, IReadOnlyList<string> audiences) =>
        new(IdOf(hidden), hidden, Without(portrait, hidden), audiences);

    /// <summary>
    /// A photo the editor did not list, placed only in chapters this reading may not read: it belongs to those
    /// chapters and leaves the gallery with them. A listed photo, the cover or a life-line photo stays.
    /// </summary>
    private static bool OnlyInHiddenChapters(PhotoRef photo, Portrait whole, Portrait reading) =>
        whole.Story.Photos.Values.Any(p => p.FullPath == photo.FullPath)
        && !reading.Story.Photos.Values.Any(p => p.FullPath == photo.FullPath)
        && whole.Cover?.FullPath != photo.FullPath
        && !whole.Timeline.Any(e => e.Photo?.FullPath == photo.FullPath);

    /// <summary>The portrait without the hidden parts and chapters; the whole portrait itself when nothing is hidden.</summary>
    public static Portrait Without(Portrait portrait, IReadOnlySet<string> hidden)
    {
        if (hidden.Count == 0)
        {
            return portrait;
        }

        var reading = portrait;
        if (portrait.Story.Sources.Any(s => hidden.Contains(ChapterPrefix + s.RelativePath)))
        {
            // The story parsed again from the chapters left: a hidden chapter's text, headings and footnotes are not in the document at all.
            // Its problems were reported when the content was read.
            var sources = portrait.Story.Sources.Where(s => !hidden.Contains(ChapterPrefix + s.RelativePath)).ToList();
            var folder = new PortraitFolder(portrait.FullFolder, portrait.RelativeFolder);
            reading = reading with { Story = StoryChecker.Check(sources, portrait.Language, folder, new DiagnosticBag(), portrait.Clips) };
            reading = reading with { Photos = [.. reading.Photos.Where(p => p.Listed || !OnlyInHiddenChapters(p.File, portrait, reading))] };
        }

        foreach (var part in PortraitSchema.Parts.Where(p => hidden.Contains(p.Name)))
        {
            reading = part.Without(reading);
        }

        return reading;
    }
}
