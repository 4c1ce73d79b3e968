using System.Security.Cryptography;
using PortretSite.Site.Protection;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// An audience's list is taken again only under the same stamp, only while its index, its search chunks and its
/// freshness counter are all still in the ciphertext cache as they were sealed.
/// </summary>
public sealed class SealedListsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portret-lists-").FullName;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string RecordFile => Path.Combine(_folder, "sealed-lists.json");

    private string CacheFolder => Path.Combine(_folder, "protected");

    [Fact]
    public void The_stamp_moves_with_every_line_and_with_the_site()
    {
        var lists = new SealedLists(RecordFile, "site");
        var stamp = lists.Stamp(["family-a|Family A", "jan|whole|reading stamp|vouch"]);

        Assert.Equal(stamp, new SealedLists(RecordFile, "site").Stamp(["family-a|Family A", "jan|whole|reading stamp|vouch"]));
        Assert.NotEqual(stamp, lists.Stamp(["family-a|Family A", "jan|whole|reading stamp|another vouch"]));
        Assert.NotEqual(stamp, lists.Stamp(["family-a|Family A"]));
        Assert.NotEqual(stamp, new SealedLists(RecordFile, "another site").Stamp(["family-a|Family A", "jan|whole|reading stamp|vouch"]));
    }

    /// <summary>A list sealed as an index and one search chunk, with its counter, as a build leaves it.</summary>
    private (string Stamp, SealedScript Index, SealedScript Chunk, string Counter) SealedEarlier()
    {
        var cache = new CiphertextCache(CacheFolder);
        var chunk = cache.Seal(_key, "chunk", [1, 2, 3], ProtectedSiteWriter.ItemScript("chunk"));
        var index = cache.Seal(_key, "index", [4, 5, 6], ProtectedSiteWriter.ItemScript("index"));
        const string counter = "counter-abc";
        cache.Remember(counter, () => "1700000000000");
        var lists = new SealedLists(RecordFile, "site");
        var stamp = lists.Stamp(["family-a"]);
        lists.Remember(stamp, counter, [("chunk", chunk), ("index", index)]);
        lists.Save();
        cache.Prune();
        return (stamp, index, chunk, counter);
    }

    [Fact]
    public void A_list_of_the_same_stamp_is_linked_again_and_keeps_its_counter()
    {
        var (stamp, index, chunk, counter) = SealedEarlier();
        var cache = new CiphertextCache(CacheFolder);

        var replayed = new SealedLists(RecordFile, "site").Replay(stamp, cache);

        Assert.Equal([("chunk", chunk), ("index", index)], replayed);
        cache.Prune();
        Assert.Equal("1700000000000", new CiphertextCache(CacheFolder).Remember(counter, () => "a later time"));
    }

    [Fact]
    public void A_list_whose_counter_or_chunk_is_gone_is_made_anew()
    {
        var (stamp, _, chunk, _) = SealedEarlier();
        var counterGone = new CiphertextCache(CacheFolder);
        counterGone.Seal(_key, "chunk", [1, 2, 3], ProtectedSiteWriter.ItemScript("chunk"));
        counterGone.Seal(_key, "index", [4, 5, 6], ProtectedSiteWriter.ItemScript("index"));
        counterGone.Prune();
        Assert.Null(new SealedLists(RecordFile, "site").Replay(stamp, new CiphertextCache(CacheFolder)));

        var (again, _, _, _) = SealedEarlier();
        File.Delete(chunk.Path);
        Assert.Null(new SealedLists(RecordFile, "site").Replay(again, new CiphertextCache(CacheFolder)));
    }
}
