using System.Security.Cryptography;
using System.Text;
using PortretSite.Site.Protection;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>The cache of sealed items: the vouch a list carries is the hash of the script's sealed bytes, and it is remembered so an unchanged item is not read back.</summary>
public sealed class CiphertextCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portret-ciphertext-").FullName;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Func<byte[], byte[]> Script(string item) => ProtectedSiteWriter.ItemScript(item);

    private static string VouchInScript(string path)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(",\"", StringComparison.Ordinal) + 2;
        return Convert.ToBase64String(SHA256.HashData(Convert.FromBase64String(text[start..text.IndexOf('"', start)])).AsSpan(0, 16));
    }

    [Fact]
    public void A_vouch_is_the_hash_of_the_sealed_bytes_and_a_later_build_takes_it_from_the_index_with_the_same_bytes()
    {
        var plaintext = Encoding.UTF8.GetBytes("{\"title\":\"Maria\"}");
        var first = new CiphertextCache(_folder);
        var sealedFirst = first.Seal(_key, "item1", plaintext, Script("item1"));
        first.Prune();
        var bytes = File.ReadAllBytes(sealedFirst.Path);

        var later = new CiphertextCache(_folder).Seal(_key, "item1", plaintext, Script("item1"));

        Assert.Equal(VouchInScript(sealedFirst.Path), sealedFirst.Vouch);
        Assert.Equal(sealedFirst, later);
        Assert.Equal(bytes, File.ReadAllBytes(later.Path));
        Assert.True(File.Exists(Path.Combine(_folder, "vouches.json")));
    }

    [Fact]
    public void Without_its_remembered_vouch_an_item_is_sealed_again_and_vouched_for_as_it_is_now()
    {
        var plaintext = Encoding.UTF8.GetBytes("{\"title\":\"Jan\"}");
        var first = new CiphertextCache(_folder);
        var before = first.Seal(_key, "item2", plaintext, Script("item2"));
        first.Prune();
        File.Delete(Path.Combine(_folder, "vouches.json"));

        var again = new CiphertextCache(_folder).Seal(_key, "item2", plaintext, Script("item2"));

        Assert.Equal(before.Path, again.Path);
        Assert.NotEqual(before.Vouch, again.Vouch);
        Assert.Equal(VouchInScript(again.Path), again.Vouch);
    }

    [Fact]
    public void Pruning_forgets_the_vouches_of_items_no_build_used()
    {
        var cache = new CiphertextCache(_folder);
        var kept = cache.Seal(_key, "kept", [1, 2, 3], Script("kept"));
        var dropped = cache.Seal(_key, "dropped", [4, 5, 6], Script("dropped"));
        cache.Prune();

        var next = new CiphertextCache(_folder);
        next.Seal(_key, "kept", [1, 2, 3], Script("kept"));
        next.Prune();

        Assert.True(File.Exists(kept.Path));
        Assert.False(File.Exists(dropped.Path));
        var index = File.ReadAllText(Path.Combine(_folder, "vouches.json"));
        Assert.Contains(Path.GetFileName(kept.Path), index, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(dropped.Path), index, StringComparison.Ordinal);
    }
}
