using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortretSite.Content.Story;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.State;

namespace PortretSite.Content.Portraits;

/// <summary>
/// Each portrait as the last build read it, with what reading it reported, kept by the stamp of its folder (every
/// file's path, size and time, the trust the no-change check puts in them) and of the settings, theme and tool
/// (<see cref="Foundation.State.SourceStamp.OfSite"/>). A portrait whose folder is as it was is not read, parsed and
/// checked again: only its story is parsed anew from the sources it kept, when something asks for it. A folder with a
/// symbolic link in it is always read, as is a portrait that had errors; a withdrawn portrait, or one whose folder is
/// gone, has no record.
/// One file per portrait in the cache, so a change writes one; safe to delete at any time.
/// </summary>
public sealed class PortraitRecords(string folder, string shared)
{
    /// <summary>What is kept of a portrait: the stamp it was read at, the portrait, and its warnings.</summary>
    public sealed record Record(string Stamp, Portrait Portrait, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The stamp of a portrait's folder as its listing found it; none when a symbolic link in it could change unseen.</summary>
    public string? StampOf(PortraitFolder portraitFolder) => portraitFolder.Stamp() is { } files
        ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{shared}\n{portraitFolder.FullPath}\n{files}")))
        : null;

    /// <summary>The portrait read at <paramref name="stamp"/>, with its story to be parsed again when asked, and its warnings; none when it was not read so.</summary>
    public Record? Find(PortraitFolder portraitFolder, string stamp)
    {
        var slug = Path.GetFileName(portraitFolder.FullPath);
        var path = PathOf(slug);
        Record? record;
        try
        {
            record = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), PortraitJson.Default.Record) : null;
        }
        catch (JsonException)
        {
            return null;
        }

        if (record is null || record.Stamp != stamp)
        {
            return null;
        }

        // Parsed again only when asked: pages, lists and booklets taken from their own records never ask.
        var portrait = record.Portrait;
        var sources = portrait.Story.Sources;
        var story = PortraitStory.Later(sources, () => StoryChecker.Check(sources, portrait.Language, portraitFolder, new DiagnosticBag(), portrait.Clips));
        return record with { Portrait = portrait with { Story = story } };
    }

    public void Keep(string slug, string stamp, Portrait portrait, IReadOnlyList<Diagnostic> diagnostics) =>
        WholeFile.Write(PathOf(slug), JsonSerializer.SerializeToUtf8Bytes(new Record(stamp, portrait, diagnostics), PortraitJson.Default.Record));

    /// <summary>
    /// Removes the record (and any half-written one) of every portrait not in <paramref name="kept"/>: withdrawn, or its
    /// folder gone. A record being written for a kept portrait, by another process reading the same site, is left alone.
    /// </summary>
    public void KeepOnly(IReadOnlySet<string> kept)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        // A slug has no dot: what comes before the first one names the portrait, in "<slug>.json" as in a half-written one (WholeFile).
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !kept.Contains(Path.GetFileName(f).Split('.')[0])).ToList())
        {
            File.Delete(file);
        }
    }

    private string PathOf(string slug) => Path.Combine(folder, slug + ".json");
}
