using System.Security.Cryptography;
using PortretSite.Content.Portraits;
using PortretSite.Content.Story;
using PortretSite.Site.Protection;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// What a reading was sealed as is taken again only under the same stamp, and only while every script it was sealed
/// as is still in the ciphertext cache with the vouch it was sealed with.
/// </summary>
public sealed class SealedReadingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portret-readings-").FullName;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string RecordFile => Path.Combine(_folder, "sealed-readings.json");

    private string CacheFolder => Path.Combine(_folder, "protected");

    private static readonly Portrait Maria = new()
    {
        Slug = "maria",
        RelativeFolder = "input/portraits/maria",
        FullFolder = "/site/input/portraits/maria",
        Name = "Maria",
        Story = PortraitStory.Empty with { Sources = [new StorySource("index.md", 8, "Maria groeide op aan de dijk.")] },
        Photos = [new PortraitPhoto(new PhotoRef("photos/dijk.jpg", "photos/dijk.jpg", "/site/input/portraits/maria/photos/dijk.jpg"), "De dijk", "Een dijk in de mist", Listed: true)],
    };

    private static Func<byte[], byte[]> Script(string item) => ProtectedSiteWriter.ItemScript(item);

    [Fact]
    public void The_stamp_changes_with_anything_the_page_is_made_from()
    {
        var readings = new SealedReadings(RecordFile, "site 1");
        var stamp = readings.Stamp(Maria, ["page|item|key"]);

        Assert.Equal(stamp, new SealedReadings(RecordFile, "site 1").Stamp(Maria with { }, ["page|item|key"]));
        Assert.NotEqual(stamp, new SealedReadings(RecordFile, "site 2").Stamp(Maria, ["page|item|key"]));
        Assert.NotEqual(stamp, readings.Stamp(Maria, ["page|item|other key"]));
        Assert.NotEqual(stamp, readings.Stamp(Maria with { Name = "Maria V." }, ["page|item|key"]));
        Assert.NotEqual(stamp, readings.Stamp(Maria with { Story = PortraitStory.Empty with { Sources = [new StorySource("index.md", 8, "Maria groeide op aan de zee.")] } }, ["page|item|key"]));
        Assert.NotEqual(stamp, readings.Stamp(Maria with { Photos = [Maria.Photos[0] with { Alt = "Een dijk in de zon" }] }, ["page|item|key"]));
    }

    [Fact]
    public void A_portrait_read_from_a_known_stamp_is_stamped_by_what_it_was_read_from()
    {
        var readings = new SealedReadings(RecordFile, "site");
        var read = Maria with { ReadFrom = "folder as listed at ten" };
        var stamp = readings.Stamp(read, ["page|item|key"]);

        Assert.NotEqual(readings.Stamp(Maria, ["page|item|key"]), stamp);
        Assert.NotEqual(stamp, readings.Stamp(read with { ReadFrom = "folder as listed at eleven" }, ["page|item|key"]));
        Assert.NotEqual(stamp, readings.Stamp(read, ["page|item|other key"]));
        Assert.NotEqual(stamp, new SealedReadings(RecordFile, "another site").Stamp(read, ["page|item|key"]));
    }

    /// <summary>A reading of Maria sealed as a page and a text, as a build leaves it.</summary>
    private (string Stamp, SealedScript Page, SealedScript Text) SealedEarlier()
    {
        var cache = new CiphertextCache(CacheFolder);
        var page = cache.Seal(_key, "page", [1, 2, 3], Script("page"));
        var text = cache.Seal(_key, "text", [4, 5, 6], Script("text"));
        var readings = new SealedReadings(RecordFile, "site");
        var stamp = readings.Stamp(Maria, []);
        readings.Remember(stamp, [("page", page), ("text", text)]);
        readings.Save();
        cache.Prune();
        return (stamp, page, text);
    }

    [Fact]
    public void A_later_build_takes_the_scripts_a_stamp_was_sealed_as()
    {
        var (_, page, text) = SealedEarlier();

        var later = new SealedReadings(RecordFile, "site");

        Assert.Equal([("page", page), ("text", text)], later.Replay(later.Stamp(Maria, []), new CiphertextCache(CacheFolder)));
        Assert.Null(later.Replay(later.Stamp(Maria with { Name = "Jan" }, []), new CiphertextCache(CacheFolder)));
    }

    [Fact]
    public void A_script_gone_from_the_cache_is_not_taken()
    {
        var (stamp, _, text) = SealedEarlier();
        File.Delete(text.Path);

        Assert.Null(new SealedReadings(RecordFile, "site").Replay(stamp, new CiphertextCache(CacheFolder)));
    }

    [Fact]
    public void A_script_whose_vouch_the_cache_forgot_is_not_taken_for_it_may_be_sealed_anew()
    {
        var (stamp, _, _) = SealedEarlier();
        File.Delete(Path.Combine(CacheFolder, "vouches.json"));

        Assert.Null(new SealedReadings(RecordFile, "site").Replay(stamp, new CiphertextCache(CacheFolder)));
    }

    [Fact]
    public void Saving_forgets_the_readings_this_build_did_not_seal_or_take()
    {
        var cache = new CiphertextCache(CacheFolder);
        var page = cache.Seal(_key, "page", [1, 2, 3], Script("page"));
        var first = new SealedReadings(RecordFile, "site");
        var maria = first.Stamp(Maria, []);
        var jan = first.Stamp(Maria with { Name = "Jan" }, []);
        first.Remember(maria, [("page", page)]);
        first.Remember(jan, [("page", page)]);
        first.Save();
        cache.Prune();

        var second = new SealedReadings(RecordFile, "site");
        Assert.NotNull(second.Replay(maria, new CiphertextCache(CacheFolder)));
        second.Save();

        var third = new SealedReadings(RecordFile, "site");
        Assert.NotNull(third.Replay(maria, new CiphertextCache(CacheFolder)));
        Assert.Null(third.Replay(jan, new CiphertextCache(CacheFolder)));
    }
}
