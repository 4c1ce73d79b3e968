using System.Text.Json;
using PortretSite.Build;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// Taking access back, checked with the project's own envelope code: every key the removed party could have
/// collected before is tried on every file of the next build, and none opens; what others read stays as it was.
/// </summary>
public sealed class RevocationTests
{
    [Fact]
    public async Task Nothing_derivable_from_a_revoked_passphrase_opens_any_file_of_the_next_build_and_other_audiences_files_stay_byte_identical()
    {
        using var site = new ReaderSite();
        var anna = await site.AddReaderAsync("Anna Verhaegen");
        var bert = await site.AddReaderAsync("Bert Verhaegen");
        await site.BuildAsync();
        var before = new SealedItems(site.Site.Root, site.SiteFolder);
        var annaHeld = before.KeysReachableFrom(anna);
        var familyB = FamilyBFiles(before);
        Assert.True(annaHeld.Count >= 3, "Anna's passphrase opened her list and her portrait before");

        await site.RevokeAsync("Anna Verhaegen");
        await site.BuildAsync();
        var after = new SealedItems(site.Site.Root, site.SiteFolder);

        Assert.Null(after.Slot(anna));
        Assert.Empty(after.KeysReachableFrom(anna));
        foreach (var (id, sealedItem) in after.AllItems())
        {
            Assert.All(annaHeld, key => Assert.Null(SealedItems.TryOpen(key, id, sealedItem)));
        }

        var table = after.KeyTable();
        foreach (var slot in table.GetProperty("devices").EnumerateArray().Concat(table.GetProperty("slots").EnumerateArray()))
        {
            var sealedSlot = Convert.FromBase64String(slot.GetString()!);
            Assert.All(annaHeld, key => Assert.Null(SealedItems.TryOpen(key, SlotTable.DeviceSlotId, sealedSlot)));
        }

        Assert.NotEmpty(after.KeysReachableFrom(bert));
        Assert.Equal(familyB, FamilyBFiles(after));
    }

    [Fact]
    public async Task A_family_taken_off_a_portrait_cannot_open_it_after_the_rebuild_even_with_keys_copied_from_an_earlier_session()
    {
        using var site = new TempSite().WithPasswords()
            .WithPhoto("maria", "photos/dijk.jpg")
            .WithPortrait("maria", TempSite.Approved("Maria", body: "Maria bij de dijk.\n\n![De dijk](photos/dijk.jpg)").Replace("audiences: [family-a]", "audiences: [family-a, family-b]", StringComparison.Ordinal))
            .WithPortrait("jan", TempSite.Approved("Jan"));
        await BuildAsync(site);
        var familyBHeld = new SealedItems(site.Root, Path.Combine(site.Output, "site")).KeysReachableFrom(TempSite.PasswordB);

        site.WithPortrait("maria", TempSite.Approved("Maria", body: "Maria bij de dijk.\n\n![De dijk](photos/dijk.jpg)"));
        await BuildAsync(site);
        var after = new SealedItems(site.Root, Path.Combine(site.Output, "site"));

        var maria = after.Keys.ItemId("page/maria");
        var items = after.AllItems();
        Assert.True(items.ContainsKey(maria));
        var mariaItems = items.Where(i => i.Key == maria || after.KeysReachableFrom(TempSite.PasswordA).Any(k => SealedItems.TryOpen(k, i.Key, i.Value) is not null)).ToList();
        Assert.True(mariaItems.Count >= 3, "family A still opens Maria's page, her photos and its own list");
        foreach (var (id, sealedItem) in mariaItems)
        {
            Assert.All(familyBHeld, key => Assert.Null(SealedItems.TryOpen(key, id, sealedItem)));
        }

        // Her photos were sealed anew under keys family B never held, and her page hands family A those keys.
        var pageKey = after.KeysReachableFrom(TempSite.PasswordA).First(k => SealedItems.TryOpen(k, maria, items[maria]) is not null);
        var photos = JsonDocument.Parse(after.Open(maria, pageKey)).RootElement.GetProperty("media").EnumerateObject().ToList();
        Assert.NotEmpty(photos);
        Assert.All(photos, photo => Assert.NotNull(SealedItems.TryOpen(Convert.FromBase64String(photo.Value.GetString()!), photo.Name, items[photo.Name])));
    }

    private static Task BuildAsync(TempSite site) =>
        BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = site.Output, SkipPrint = true }, CancellationToken.None);

    /// <summary>The files only family B opens: its list and Bert's page.</summary>
    private static Dictionary<string, byte[]> FamilyBFiles(SealedItems items) =>
        new[] { "audience/family-b", "page/bert" }.ToDictionary(i => i, i => items.AllItems()[items.Keys.ItemId(i)]);
}
