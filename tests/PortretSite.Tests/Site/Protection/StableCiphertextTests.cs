using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

public sealed class StableCiphertextTests
{
    private static Task<BuildResult> Build(TempSite site) =>
        BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output, SkipPrint = true }, CancellationToken.None);

    private static Dictionary<string, byte[]> Snapshot(TempSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Output, "site"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f), File.ReadAllBytes);

    [Fact]
    public async Task Unchanged_content_keeps_identical_ciphertext_and_a_changed_portrait_changes_only_its_own_page_and_the_list_vouching_for_it()
    {
        using var site = new TempSite().WithPasswords()
            .WithPhoto("maria", "photos/dijk.jpg")
            .WithPortrait("maria", TempSite.Approved("Maria", body: "Eerste versie."))
            .WithPortrait("jan", TempSite.Approved("Jan", body: "Jan blijft hetzelfde."));
        await Build(site);
        var first = Snapshot(site);

        await Build(site);
        var second = Snapshot(site);
        site.WithPortrait("maria", TempSite.Approved("Maria", body: "Tweede versie."));
        await Build(site);
        var third = Snapshot(site);

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
        var changed = third.Where(pair => !first.TryGetValue(pair.Key, out var before) || !before.SequenceEqual(pair.Value)).Select(pair => pair.Key).Order().ToList();
        var keys = new SealedItems(site.Root, Path.Combine(site.Output, "site")).Keys;
        Assert.Equal([.. new[] { "page/maria", "audience/family-a" }.Select(item => Path.Combine("site", "data", keys.ItemId(item) + ".js")).Order()], changed);
    }
}
