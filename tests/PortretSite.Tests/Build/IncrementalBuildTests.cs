using PortretSite.Foundation;
using System.Diagnostics;
using PortretSite.Build;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Images;
using PortretSite.Images.Vips;
using PortretSite.Print;
using PortretSite.Print.Pdf;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Build;

/// <summary>
/// The incremental build does only what a change needs: nothing when nothing changed, one
/// portrait's pages and booklet when its text changed, every page but no photo when the theme
/// changed; and the cache is only a shortcut, never a source of truth.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static TempSite NewSite()
    {
        var site = new TempSite().WithPasswords()
            .WithPhoto("maria", "photos/dijk.jpg")
            .WithPhoto("maria", "photos/toren.jpg", "content/tall.jpg")
            .WithPhoto("jan", "photos/rivier.jpg", "images/low-res-320.jpg");
        site.WithPortrait("maria", TempSite.Approved("Maria", body: "# Jeugd\n\nMaria groeide op aan de dijk.\n\n![De dijk](photos/dijk.jpg)\n\n![De toren](photos/toren.jpg)"));
        site.WithPortrait("jan", TempSite.Approved("Jan", body: "Jan vertelt over de rivier.\n\n![De rivier](photos/rivier.jpg)"));
        return site;
    }

    private static Task<BuildResult> BuildAsync(TempSite site, bool protect = true, bool print = true) =>
        BuildPipeline.ForSite(site.Root).RunAsync(
            new BuildOptions { Root = site.Root, Output = site.Output, Protect = protect, SkipPrint = !print },
            CancellationToken.None);

    [Fact]
    public async Task A_build_with_no_changes_writes_no_file_and_decodes_no_photo()
    {
        using var site = NewSite();
        var first = await BuildAsync(site);
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));
        Assert.Equal(2, first.Booklets);
        var before = FileStamps.Of(site.Output);

        var second = await BuildAsync(site);

        Assert.True(second.Unchanged);
        Assert.Equal(0, second.Photos.Decoded);
        Assert.Equal(2, second.Booklets);
        Assert.Equal(before, FileStamps.Of(site.Output));
    }

    [Fact]
    public async Task Changing_one_portraits_text_rewrites_only_that_portraits_page_booklet_and_search_chunks()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site)).HasErrors);
        var before = FileStamps.Of(site.Output);

        site.WithPortrait("maria", TempSite.Approved("Maria", body: "# Jeugd\n\nMaria groeide op aan de dijk, in een huis vol boeken.\n\n![De dijk](photos/dijk.jpg)\n\n![De toren](photos/toren.jpg)"));
        var result = await BuildAsync(site);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.False(result.Unchanged);
        Assert.Equal(0, result.Photos.Decoded);
        var keys = new KeyRing(SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!);
        var expected = new[]
        {
            $"site/data/{keys.ItemId("page/maria")}.js",
            $"site/data/{keys.ItemId("booklet/maria")}.js",
            // Search: her text, the chunks of the words she gained ("huis", "vol", "boeken"; "in" and "een" are not indexed),
            // and the family's list, which names the new chunks. Every other chunk keeps its bytes.
            $"site/data/{keys.ItemId("searchtext/maria")}.js",
            $"site/data/{keys.ItemId(ProtectedSearchWriter.ChunkPurpose("family-a", "hu"))}.js",
            $"site/data/{keys.ItemId(ProtectedSearchWriter.ChunkPurpose("family-a", "vo"))}.js",
            $"site/data/{keys.ItemId(ProtectedSearchWriter.ChunkPurpose("family-a", "bo"))}.js",
            $"site/data/{keys.ItemId("audience/family-a")}.js",
            "print/maria.pdf",
            "print/maria.home.pdf",
        };
        Assert.Equal(expected.Order(), FileStamps.Of(site.Output).ChangedSince(before).Order());
    }

    [Fact]
    public async Task Changing_a_site_pages_text_rewrites_only_that_pages_sealed_item_and_the_list_vouching_for_it()
    {
        using var site = NewSite();
        site.WithPage("rules.md", "---\ntitle: Our ground rules\nkind: ground_rules\naudiences: [family-a]\nagreed:\n  by: the team\n  on: 2025-03-04\n---\n1. Time.\n");
        Assert.False((await BuildAsync(site, print: false)).HasErrors);
        var before = FileStamps.Of(site.Output);

        site.WithPage("rules.md", "---\ntitle: Our ground rules\nkind: ground_rules\naudiences: [family-a]\nagreed:\n  by: the team\n  on: 2025-03-04\n---\n1. Time.\n2. Trust.\n");
        var result = await BuildAsync(site, print: false);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.False(result.Unchanged);
        var keys = new KeyRing(SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!);
        Assert.Equal(new[] { $"site/data/{keys.ItemId("sitepage/rules")}.js", $"site/data/{keys.ItemId("audience/family-a")}.js" }.Order(), FileStamps.Of(site.Output).ChangedSince(before).Order());
    }

    [Fact]
    public async Task A_booklet_whose_portrait_did_not_change_is_not_even_made_again()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site)).HasErrors);
        var janHtml = new FileInfo(BookletHtml(site, "jan"));
        var janStamp = (janHtml.LastWriteTimeUtc, janHtml.Length);
        var before = FileStamps.Of(site.Output);

        site.WithPortrait("maria", TempSite.Approved("Maria", body: "# Jeugd\n\nMaria groeide op aan de dijk, met een kat.\n\n![De dijk](photos/dijk.jpg)\n\n![De toren](photos/toren.jpg)"));
        Assert.False((await BuildAsync(site)).HasErrors);

        janHtml.Refresh();
        Assert.Equal(janStamp, (janHtml.LastWriteTimeUtc, janHtml.Length));
        Assert.Contains("met een kat", File.ReadAllText(BookletHtml(site, "maria")), StringComparison.Ordinal);
        Assert.DoesNotContain("print/jan.pdf", FileStamps.Of(site.Output).ChangedSince(before));
    }

    [Fact]
    public async Task A_file_saved_without_a_change_reprints_nothing()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site)).HasErrors);
        var before = FileStamps.Of(site.Output);

        File.SetLastWriteTimeUtc(Path.Combine(site.PortraitFolder("maria"), "index.md"), DateTime.UtcNow.AddMinutes(1));
        var result = await BuildAsync(site);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.False(result.Unchanged);
        Assert.Empty(FileStamps.Of(site.Output).ChangedSince(before));
    }

    [Fact]
    public async Task The_browser_is_warmed_before_the_content_is_read_only_when_a_printed_booklet_changed()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site)).HasErrors);
        var portraits = Path.Combine(site.Root, "input", "portraits");

        await using (var unchanged = NewBookletStage(site))
        {
            Assert.False(unchanged.WarmIfReprinting(portraits));
        }

        site.WithPortrait("jan", TempSite.Approved("Jan", body: "Jan vertelt over de rivier en de veerpont.\n\n![De rivier](photos/rivier.jpg)"));
        await using var changed = NewBookletStage(site);
        Assert.True(changed.WarmIfReprinting(portraits));
    }

    private static BookletStage NewBookletStage(TempSite site) =>
        new(new PhotoStage(new PhotoMaker(new VipsImageProcessor()), new PhotoCache(new SiteLayout(site.Root).ImageCache)), new PdfSharpTools(), site.Root, new SiteLayout(site.Root).BookletCache);

    private static string BookletHtml(TempSite site, string slug) => Path.Combine(new SiteLayout(site.Root).BookletCache, "work", slug, "booklet.html");

    [Fact]
    public async Task A_theme_change_renders_every_page_again_but_decodes_no_photo()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site, protect: false, print: false)).HasErrors);
        var before = FileStamps.Of(site.Output);

        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "theme", "templates", "portrait.hbs"));
        site.WithThemeFile("templates/portrait.hbs", template + "\n<!-- a new line in the theme -->\n");
        var result = await BuildAsync(site, protect: false, print: false);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(0, result.Photos.Decoded);
        Assert.Equal(3, result.Photos.FromCache);
        var changed = FileStamps.Of(site.Output).ChangedSince(before);
        Assert.Equal(["site/jan/index.html", "site/maria/index.html"], changed.Order());
        Assert.Contains("a new line in the theme", File.ReadAllText(Path.Combine(site.Output, "site", "jan", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_taken_from_the_records_are_the_pages_a_build_without_records_seals_and_a_theme_change_seals_them_anew()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site, print: false)).HasErrors);
        site.WithPortrait("maria", TempSite.Approved("Maria", body: "# Jeugd\n\nMaria groeide op aan de dijk, bij de sluis.\n\n![De dijk](photos/dijk.jpg)\n\n![De toren](photos/toren.jpg)"));
        Assert.False((await BuildAsync(site, print: false)).HasErrors);
        var before = FileStamps.Of(site.Output);

        // Jan's folder is as it was: only the theme his page is rendered with changed.
        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "theme", "templates", "portrait.hbs"));
        site.WithThemeFile("templates/portrait.hbs", template + "\n<!-- a new line in the theme -->\n");
        Assert.False((await BuildAsync(site, print: false)).HasErrors);
        var keys = new KeyRing(SiteSecret.Load(site.Root, new DiagnosticBag(), _ => { })!, new PortraitSalts(site.Root, creates: false).For);
        Assert.Contains($"site/data/{keys.ItemId("page/jan")}.js", FileStamps.Of(site.Output).ChangedSince(before));
        var recorded = OutputFiles.Hashes(Path.Combine(site.Output, "site"));

        var layout = new SiteLayout(site.Root);
        File.Delete(layout.SealedReadingsFile);
        File.Delete(layout.SealedMediaFile);
        File.Delete(layout.SealedListsFile);
        Directory.Delete(layout.PortraitRecords, recursive: true);
        var elsewhere = Path.Combine(site.Root, "output-without-records");
        var fresh = await BuildPipeline.ForSite(site.Root).RunAsync(new BuildOptions { Root = site.Root, Output = elsewhere, Protect = true, SkipPrint = true }, CancellationToken.None);

        Assert.False(fresh.HasErrors, string.Join("\n", fresh.Diagnostics));
        Assert.Equal(recorded, OutputFiles.Hashes(Path.Combine(elsewhere, "site")));
    }

    [Fact]
    public async Task A_list_taken_from_its_record_still_vouches_for_a_page_that_had_to_be_sealed_again()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site, print: false)).HasErrors);
        var sealedBefore = new SealedItems(site.Root, Path.Combine(site.Output, "site"));
        var jan = sealedBefore.Keys.ItemId("page/jan");
        var before = sealedBefore.AllItems()[jan];

        // Only Jan's page is gone from the ciphertext cache: his reading's stamp is as it was, the list's entries are all there.
        var cache = Path.Combine(new SiteLayout(site.Root).CiphertextCache);
        var entry = Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories)
            .Single(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(site.Output, "site", "data", jan + ".js"))));
        File.Delete(entry);
        site.WithPortrait("noor", TempSite.Approved("Noor").Replace("audiences: [family-a]", "audiences: [family-b]", StringComparison.Ordinal));
        Assert.False((await BuildAsync(site, print: false)).HasErrors);

        var sealedAfter = new SealedItems(site.Root, Path.Combine(site.Output, "site"));
        var after = sealedAfter.AllItems()[jan];
        Assert.False(after.AsSpan().SequenceEqual(before), "Jan's page was sealed again, with a new nonce");
        var vouch = sealedAfter.AudienceIndex("family-a", TempSite.PasswordA).GetProperty("vouch").GetProperty(jan).GetString();
        Assert.Equal(CiphertextCache.VouchOf(after), vouch);
    }

    [Fact]
    public async Task Output_that_is_no_longer_produced_is_removed()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site, protect: false, print: false)).HasErrors);
        Assert.True(File.Exists(Path.Combine(site.Output, "site", "jan", "index.html")));

        Directory.Delete(site.PortraitFolder("jan"), recursive: true);
        Assert.False((await BuildAsync(site, protect: false, print: false)).HasErrors);

        Assert.False(Directory.Exists(Path.Combine(site.Output, "site", "jan")));
        Assert.DoesNotContain(FileStamps.Of(site.Output).Paths, p => p.Contains("rivier", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleting_the_cache_gives_the_same_site_byte_for_byte()
    {
        using var site = NewSite();
        Assert.False((await BuildAsync(site, protect: false)).HasErrors);
        var cached = OutputFiles.Hashes(site.Output);

        Directory.Delete(Path.Combine(site.Root, ".portret", "cache"), recursive: true);
        var fresh = await BuildAsync(site, protect: false);

        Assert.False(fresh.HasErrors, string.Join("\n", fresh.Diagnostics));
        Assert.Equal(3, fresh.Photos.Decoded);
        var rebuilt = OutputFiles.Hashes(site.Output);
        Assert.Equal(cached.Keys.Order(), rebuilt.Keys.Order());
        foreach (var (path, hash) in cached.Where(c => !c.Key.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            Assert.True(hash == rebuilt[path], $"{path} differs after the cache was deleted");
        }
    }


    /// <summary>Every file's inode and modification time: a file that was not rewritten keeps both.</summary>
    private sealed record FileStamps(IReadOnlyDictionary<string, string> Stamps)
    {
        public IEnumerable<string> Paths => Stamps.Keys;

        public static FileStamps Of(string folder)
        {
            var start = new ProcessStartInfo("find", [folder, "-type", "f", "-printf", "%i %T@ %P\\n"]) { RedirectStandardOutput = true };
            using var find = Process.Start(start)!;
            var lines = find.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            find.WaitForExit();
            return new FileStamps(lines.Select(l => l.Split(' ', 3)).ToDictionary(p => p[2], p => p[0] + " " + p[1], StringComparer.Ordinal));
        }

        public IEnumerable<string> ChangedSince(FileStamps before) =>
            Stamps.Where(s => before.Stamps.GetValueOrDefault(s.Key) != s.Value).Select(s => s.Key);

        public bool Equals(FileStamps? other) =>
            other is not null && Stamps.Count == other.Stamps.Count && Stamps.All(s => other.Stamps.GetValueOrDefault(s.Key) == s.Value);

        public override int GetHashCode() => Stamps.Count;

        public override string ToString() => string.Join("\n", Stamps.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Value} {s.Key}"));
    }
}
