using System.Security.Cryptography;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Site.Protection;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// Files sealed together are linked again without deriving their keys only under the same stamp, and only while every
/// entry they were sealed as is still in the ciphertext cache; the stamp's name moves with everything a key derives from.
/// </summary>
public sealed class SealedMediaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portret-media-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string RecordFile => Path.Combine(_folder, "sealed-media.json");

    private string CacheFolder => Path.Combine(_folder, "protected");

    private static KeyRing Keys(SiteSecret secret, byte[] salt) => new(secret, slug => slug == "maria" ? salt : []);

    private SiteSecret Secret() => SiteSecret.Load(_folder, new DiagnosticBag(), _ => { })!;

    [Fact]
    public void The_name_of_files_sealed_together_moves_with_the_secret_the_salt_the_epoch_and_the_names()
    {
        var (secret, salt) = (Secret(), RandomNumberGenerator.GetBytes(32));
        string[] files = ["a-480.webp", "a-480.jpg"];
        var name = Keys(secret, salt).MediaRecord(files, "epoch-1", "maria");

        Assert.Equal(name, Keys(secret, salt).MediaRecord(files, "epoch-1", "maria"));
        Assert.NotEqual(name, Keys(secret.For("another site"), salt).MediaRecord(files, "epoch-1", "maria"));
        Assert.NotEqual(name, Keys(secret, RandomNumberGenerator.GetBytes(32)).MediaRecord(files, "epoch-1", "maria"));
        Assert.NotEqual(name, Keys(secret, salt).MediaRecord(files, "epoch-2", "maria"));
        Assert.NotEqual(name, Keys(secret, salt).MediaRecord(["a-480.webp"], "epoch-1", "maria"));
        Assert.NotEqual(name, Keys(secret, salt).MediaRecord(files, "epoch-1", null));
    }

    /// <summary>Two files sealed as a build seals them, remembered at a stamp, and the cache pruned as a build leaves it.</summary>
    private (string Stamp, List<(string ItemId, string Path)> Files) SealedEarlier()
    {
        var cache = new CiphertextCache(CacheFolder);
        var key = RandomNumberGenerator.GetBytes(32);
        var source = Path.Combine(_folder, "photo.jpg");
        File.WriteAllBytes(source, RandomNumberGenerator.GetBytes(200));
        var files = new List<(string ItemId, string Path)>
        {
            ("item-a", cache.SealFile(key, "item-a", source, "a-480.webp", ProtectedSiteWriter.ItemScript("item-a"))),
            ("item-b", cache.SealFile(key, "item-b", source, "a-480.jpg", ProtectedSiteWriter.ItemScript("item-b"))),
        };
        var media = new SealedMedia(RecordFile, "site");
        var stamp = media.Stamp("record");
        media.Remember(stamp, files);
        media.Save();
        cache.Prune();
        return (stamp, files);
    }

    [Fact]
    public void Files_sealed_at_the_same_stamp_are_linked_again_from_the_cache()
    {
        var (stamp, files) = SealedEarlier();

        var replayed = new SealedMedia(RecordFile, "site").Replay(stamp, files.Count, new CiphertextCache(CacheFolder));

        Assert.Equal(files, replayed);
        Assert.Null(new SealedMedia(RecordFile, "site").Replay(stamp, files.Count + 1, new CiphertextCache(CacheFolder)));
        Assert.NotEqual(stamp, new SealedMedia(RecordFile, "another tool").Stamp("record"));
    }

    [Fact]
    public void Files_are_not_linked_again_when_an_entry_is_gone_from_the_cache()
    {
        var (stamp, files) = SealedEarlier();
        File.Delete(files[1].Path);

        Assert.Null(new SealedMedia(RecordFile, "site").Replay(stamp, files.Count, new CiphertextCache(CacheFolder)));
    }

    [Fact]
    public void A_build_forgets_the_files_it_did_not_seal_or_link_again()
    {
        var (stamp, files) = SealedEarlier();
        var media = new SealedMedia(RecordFile, "site");
        var other = media.Stamp("another record");
        media.Remember(other, files.Take(1));
        media.Save();

        var later = new SealedMedia(RecordFile, "site");
        Assert.Null(later.Replay(stamp, files.Count, new CiphertextCache(CacheFolder)));
        Assert.NotNull(later.Replay(other, 1, new CiphertextCache(CacheFolder)));
    }

    [Fact]
    public void An_item_taken_again_derives_its_key_only_when_a_page_places_it()
    {
        var derived = 0;
        var item = new MediaItem("item", "stamp", () =>
        {
            derived++;
            return new byte[32];
        });

        Assert.Equal("item", item.ItemId);
        Assert.Equal(0, derived);
        _ = item.Key;
        _ = item.Key;
        Assert.Equal(1, derived);
    }
}
