using System.Text;
using System.Text.Json;
using PortretSite.Content.Portraits;
using PortretSite.Foundation.State;

namespace PortretSite.Site.Protection;

/// <summary>
/// Remembers what each reading of a portrait was sealed as (its page, its search text, its card), by a stamp of
/// everything they are made from: the reading's portrait (by the stamp it was read from, <see cref="Portrait.ReadFrom"/>, or
/// else as the plan gave it), what the writer seals it with (the reading, its items and keys, the photos' and recordings'
/// items and the stamps of their keys), and what every page shares (the tool, the environment, the settings, the theme,
/// the day). A reading whose stamp is as before is linked from the ciphertext cache without
/// rendering its page; any difference renders it anew. Written only by a build without errors; safe to delete.
/// </summary>
public sealed class SealedReadings
{
    private readonly StampedLists _lists;
    private readonly PageStamps _stamps;

    /// <param name="shared">What every page is made from besides its own portrait (<see cref="SourceStamp.OfSite"/>).</param>
    public SealedReadings(string file, string shared)
    {
        _lists = new StampedLists(file);
        _stamps = new PageStamps(shared);
    }

    /// <summary>Reads what earlier builds sealed in the background, while the build does other work.</summary>
    public void Prepare() => _lists.Prepare();

    /// <summary>
    /// The stamp of a reading: its <paramref name="portrait"/> and the lines that say what it is sealed with. The stamp a
    /// portrait was read from stands for all of it; the reading's line says which part of it the reading shows.
    /// </summary>
    public string Stamp(Portrait portrait, IEnumerable<string> sealedWith) =>
        _stamps.Of(sealedWith, portrait.ReadFrom is { } readFrom ? Encoding.UTF8.GetBytes("read from " + readFrom) : JsonSerializer.SerializeToUtf8Bytes(portrait, PortraitJson.Default.Portrait));

    /// <summary>The scripts a reading of this stamp was sealed as, when every one is still in <paramref name="cache"/> as it was sealed.</summary>
    public IReadOnlyList<(string ItemId, SealedScript Script)>? Replay(string stamp, CiphertextCache cache)
    {
        if (_lists.Find(stamp) is not { } remembered || SealedScripts.Replay(remembered, cache) is not { } scripts)
        {
            return null;
        }

        _lists.Keep(stamp, remembered);
        return scripts;
    }

    public void Remember(string stamp, IEnumerable<(string ItemId, SealedScript Script)> scripts) =>
        _lists.Keep(stamp, SealedScripts.Flatten(scripts));

    /// <summary>Keeps the readings this build sealed or reused, and forgets the others.</summary>
    public void Save() => _lists.Save();
}
