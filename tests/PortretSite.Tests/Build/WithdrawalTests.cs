using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortretSite.Build;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Build;

/// <summary>
/// Withdrawal (issue 17): a portrait with unique marker words and photos with unique EXIF is built, previewed and
/// printed, then withdrawn (status: withdrawn) while a portrait in review is withdrawn by deleting its folder; after
/// the next build nothing of either is left in output/ or .portret/, and the old site's ciphertext opens with no key
/// a build can derive any more.
/// </summary>
public sealed class WithdrawalTests : IDisposable
{
    private const string Slug = "quorvex";

    /// <summary>Words and EXIF values that exist only in the two withdrawn portraits.</summary>
    private static readonly string[] Markers = ["quorvex", "Snibbetwold", "Grumbleflax", "Vintrobel", "pellucidor", "Wexhaven"];

    private const string FamilyPassword = TempSite.PasswordA;

    private readonly TempSite _site = new TempSite().WithPasswords();
    private readonly string _keptCopy = Path.Combine(Path.GetTempPath(), "portret-kept-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_keptCopy))
        {
            Directory.Delete(_keptCopy, recursive: true);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_withdrawn_portrait_leaves_no_trace_and_its_old_ciphertext_opens_with_no_new_key()
    {
        _site
            .WithPhoto(Slug, "photos/strand.jpg")
            .WithPhoto(Slug, "photos/samen.jpg", "content/tall.jpg")
            .WithPortrait(Slug, TempSite.Approved("Quorvex Snibbetwold", "cover: photos/strand.jpg", "Quorvex groeide op in Grumbleflax.\n\n![Aan zee](photos/strand.jpg)\n\n![Samen](photos/samen.jpg)"))
            .WithPhoto("anna", "photos/samen.jpg", "content/tall.jpg")
            .WithPortrait("anna", TempSite.Approved("Anna Smit", body: "Anna woonde aan de haven.\n\n![Samen](photos/samen.jpg)"))
            .WithPhoto("pellucidor", "photos/tuin.jpg")
            .WithPortrait("pellucidor", "---\nname: Pellucidor Wexhaven\nstatus: review\naudiences: [family-a]\n---\nPellucidor leest dit eerst zelf.\n\n![De tuin](photos/tuin.jpg)\n");
        Exif(Path.Combine(_site.PortraitFolder(Slug), "photos/strand.jpg"), "Vintrobel aan zee", "Vintrobel Camera");
        Exif(Path.Combine(_site.PortraitFolder("pellucidor"), "photos/tuin.jpg"), "Wexhaven tuin", "Vintrobel Camera");
        // The photo both portraits show: its files stay for the one that is not withdrawn.
        Exif(Path.Combine(_site.PortraitFolder(Slug), "photos/samen.jpg"), "Gedeelde foto", "Iemand");
        File.Copy(Path.Combine(_site.PortraitFolder(Slug), "photos/samen.jpg"), Path.Combine(_site.PortraitFolder("anna"), "photos/samen.jpg"), overwrite: true);

        var first = await BuildAsync();
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));
        Assert.Equal(1, first.InReviewEdition);
        var preview = await BuildPipeline.ForSite(_site.Root).RunAsync(
            new BuildOptions { Root = _site.Root, Output = Path.Combine(_site.Root, ".portret", "preview"), Preview = true, Protect = false, SkipPrint = true }, CancellationToken.None);
        Assert.False(preview.HasErrors, string.Join("\n", preview.Diagnostics));

        // Before: the traces are there, so the checks below can fail.
        Assert.NotEmpty(FilesWithMarkers());
        var withdrawnPhotos = PhotoKeysDescribed("Vintrobel aan zee", "Wexhaven tuin");
        var sharedPhoto = Assert.Single(PhotoKeysDescribed("Gedeelde foto"));
        Assert.Equal(2, withdrawnPhotos.Count);
        Assert.All(withdrawnPhotos, key => Assert.NotEmpty(CachedPhotoFiles(key)));
        Assert.Equal("600", Mode(Path.Combine(_site.Root, ".portret", "portrait-salts", Slug)));
        var old = OldSite(VariantNames(withdrawnPhotos));

        File.WriteAllText(Path.Combine(_site.PortraitFolder(Slug), "index.md"), File.ReadAllText(Path.Combine(_site.PortraitFolder(Slug), "index.md")).Replace("status: approved", "status: withdrawn", StringComparison.Ordinal));
        Directory.Delete(_site.PortraitFolder("pellucidor"), recursive: true);
        var second = await BuildAsync();

        Assert.False(second.HasErrors, string.Join("\n", second.Diagnostics));
        Assert.Equal(1, second.PortraitsPublished);
        Assert.Equal(1, second.Withdrawn);
        Assert.Equal(0, second.InReviewEdition);
        using (var summary = new StringWriter())
        {
            PortretSite.Cli.ConsoleReport.Summary(second, summary);
            Assert.Contains("Withdrawn: 1 (not in the output; what was made of them is removed from .portret)", summary.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("For review", summary.ToString(), StringComparison.Ordinal);
        }

        Assert.Empty(FilesWithMarkers());
        Assert.All(withdrawnPhotos, key => Assert.Empty(CachedPhotoFiles(key)));
        Assert.NotEmpty(CachedPhotoFiles(sharedPhoto));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "review", ReviewEdition.Folder)));

        // The kept copy of the old site: each item opened with its old key, and with none a build derives now.
        var unsalted = new KeyRing(SiteSecret.Load(_site.Root, new(), _ => { })!, new PortraitSalts(_site.Root, creates: false).For);
        var salted = SealedItems.SiteKeys(_site.Root);
        foreach (var (item, oldKey, newKeys) in old.Items)
        {
            Assert.NotEmpty(old.Sealed.Open(item, oldKey));
            foreach (var key in newKeys(unsalted).Concat(newKeys(salted)))
            {
                Assert.ThrowsAny<CryptographicException>(() => old.Sealed.Open(item, key));
            }
        }
    }

    private Task<BuildResult> BuildAsync() =>
        BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output }, CancellationToken.None);

    /// <summary>
    /// A copy of the site as someone kept it, and its withdrawn portrait's items (page, booklet, the photos only it
    /// shows) with the keys a reader of family A was handed — which are the keys the key ring derived then.
    /// </summary>
    private (SealedItems Sealed, List<(string Item, byte[] OldKey, Func<KeyRing, byte[][]> NewKeys)> Items) OldSite(IReadOnlyList<string> variantNames)
    {
        CopyFolder(Path.Combine(_site.Output, "site"), _keptCopy);
        var sealedItems = new SealedItems(_site.Root, _keptCopy);
        var keys = sealedItems.Keys;
        var epoch = "family-a:" + keys.Epoch([keys.CredentialId(null, FamilyPassword)]);
        var page = keys.ItemId("page/" + Slug);
        var pageKey = Convert.FromBase64String(sealedItems.AudienceIndex("family-a", FamilyPassword).GetProperty("pages").GetProperty(page).GetString()!);
        Assert.Equal(keys.PortraitKey(Slug, epoch), pageKey);
        var payload = JsonDocument.Parse(sealedItems.Open(page, pageKey)).RootElement;
        Assert.Contains("Grumbleflax", payload.GetProperty("html").GetString(), StringComparison.Ordinal);
        var booklet = payload.GetProperty("booklet");
        var bookletKey = Convert.FromBase64String(booklet.GetProperty("key").GetString()!);
        Assert.Equal(keys.BookletKey(Slug, epoch), bookletKey);
        var items = new List<(string, byte[], Func<KeyRing, byte[][]>)>
        {
            (page, pageKey, k => [k.PortraitKey(Slug, epoch)]),
            (booklet.GetProperty("item").GetString()!, bookletKey, k => [k.BookletKey(Slug, epoch)]),
        };
        // The page hands on its photos' keys by item; the photo cache says which variant each item is.
        var names = variantNames.ToDictionary(name => keys.ItemId("media/" + name));
        foreach (var media in payload.GetProperty("media").EnumerateObject().Where(m => names.ContainsKey(m.Name)))
        {
            var name = names[media.Name];
            var mediaKey = Convert.FromBase64String(media.Value.GetString()!);
            Assert.Equal(keys.MediaKey(name, epoch, Slug), mediaKey);
            items.Add((media.Name, mediaKey, k => [k.MediaKey(name, epoch, Slug), k.MediaKey(name, epoch)]));
        }

        Assert.True(items.Count >= 3, "the page, the booklet and the photos only the withdrawn portrait shows");
        return (sealedItems, items);
    }

    /// <summary>Every file in output/ and .portret/ whose path or content holds a marker.</summary>
    private List<string> FilesWithMarkers()
    {
        var found = new List<string>();
        foreach (var folder in new[] { _site.Output, Path.Combine(_site.Root, ".portret") })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
                if (Markers.Any(m => Path.GetRelativePath(_site.Root, file).Contains(m, StringComparison.OrdinalIgnoreCase) || text.Contains(m, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(Path.GetRelativePath(_site.Root, file));
                }
            }
        }

        return found;
    }

    /// <summary>The photo cache's keys of the photos whose EXIF description is one of <paramref name="descriptions"/>.</summary>
    private List<string> PhotoKeysDescribed(params string[] descriptions)
    {
        var manifests = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, ".portret", "cache", "images", "manifests.json"))).RootElement;
        return [.. manifests.EnumerateObject()
            .Where(m => m.Value.TryGetProperty("Description", out var d) && d.ValueKind == JsonValueKind.String && descriptions.Contains(d.GetString()))
            .Select(m => m.Name)];
    }

    private List<string> VariantNames(IEnumerable<string> keys)
    {
        var manifests = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, ".portret", "cache", "images", "manifests.json"))).RootElement;
        return [.. keys.SelectMany(key => manifests.GetProperty(key).GetProperty("Variants").EnumerateArray().Select(v => v.GetProperty("FileName").GetString()!))];
    }

    private List<string> CachedPhotoFiles(string key) =>
        [.. Directory.EnumerateFiles(Path.Combine(_site.Root, ".portret", "cache", "images"), key + "*", SearchOption.AllDirectories)];

    private static void Exif(string photo, string description, string artist) =>
        VipsCli.Run("exiftool", "-overwrite_original", $"-ImageDescription={description}", $"-Artist={artist}", photo);

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string Mode(string file) => Convert.ToString((int)File.GetUnixFileMode(file), 8);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
