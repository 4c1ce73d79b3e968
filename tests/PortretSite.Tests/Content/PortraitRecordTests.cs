using System.Text.Json;
using System.Text.Json.Nodes;
using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Foundation;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary>
/// A portrait whose folder is as it was is taken from its record: the same portrait, story and warnings as reading
/// it again, and read again as soon as any file in its folder, the settings or the theme changes.
/// </summary>
public sealed class PortraitRecordTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("portret-records-").FullName;

    public PortraitRecordTests()
    {
        SampleSite.CopyTo(_root);
        Directory.CreateDirectory(new SiteLayout(_root).Cache);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string RecordOf(string slug) => Path.Combine(new SiteLayout(_root).PortraitRecords, slug + ".json");

    private string IndexOf(string slug) => Path.Combine(new SiteLayout(_root).Portraits, slug, "index.md");

    private static string Json(Portrait portrait) => JsonSerializer.Serialize(portrait, PortraitJson.Default.Portrait);

    /// <summary>Makes a portrait's record say a name its folder does not: only a build that takes it from the record shows it.</summary>
    private void RecordNameOf(string slug, string name)
    {
        var record = JsonNode.Parse(File.ReadAllText(RecordOf(slug)))!;
        record["portrait"]!["name"] = name;
        File.WriteAllText(RecordOf(slug), record.ToJsonString());
    }

    [Fact]
    public void The_sample_read_from_its_records_is_the_sample_read_from_its_folders()
    {
        var read = ContentLoader.Load(_root);
        var recordTimes = SampleSite.Portraits.ToDictionary(slug => slug, slug => File.GetLastWriteTimeUtc(RecordOf(slug)));

        var recorded = ContentLoader.Load(_root);

        Assert.Equal(SampleSite.Portraits.Length, read.Portraits.Count);
        Assert.Equal(read.Portraits.Select(Json), recorded.Portraits.Select(Json));
        Assert.Equal(read.Diagnostics, recorded.Diagnostics);
        // The story is parsed again from its sources: the same photos in the same places, the same clips.
        foreach (var (before, after) in read.Portraits.Zip(recorded.Portraits))
        {
            Assert.NotNull(after.Story.Document);
            Assert.Equal(before.Story.Photos.Values, after.Story.Photos.Values);
            Assert.Equal(before.Story.Clips.Values, after.Story.Clips.Values);
        }

        Assert.Equal(recordTimes, SampleSite.Portraits.ToDictionary(slug => slug, slug => File.GetLastWriteTimeUtc(RecordOf(slug))));
    }

    [Fact]
    public void A_record_is_used_while_the_folder_is_unchanged_and_not_after_a_file_in_it_changed()
    {
        ContentLoader.Load(_root);
        RecordNameOf("noor-el-amrani", "Uit het verslag");

        Assert.Equal("Uit het verslag", ContentLoader.Load(_root).Portraits.Single(p => p.Slug == "noor-el-amrani").Name);

        File.SetLastWriteTimeUtc(IndexOf("noor-el-amrani"), DateTime.UtcNow.AddMinutes(1));
        Assert.NotEqual("Uit het verslag", ContentLoader.Load(_root).Portraits.Single(p => p.Slug == "noor-el-amrani").Name);
    }

    [Fact]
    public void A_changed_setting_reads_every_portrait_again()
    {
        ContentLoader.Load(_root);
        RecordNameOf("arthur-penhale", "Uit het verslag");

        var settings = Path.Combine(_root, SiteLayout.SettingsFileName);
        File.SetLastWriteTimeUtc(settings, DateTime.UtcNow.AddMinutes(1));

        Assert.NotEqual("Uit het verslag", ContentLoader.Load(_root).Portraits.Single(p => p.Slug == "arthur-penhale").Name);
    }

    [Fact]
    public void A_new_photo_in_a_subfolder_is_seen()
    {
        var before = ContentLoader.Load(_root).Portraits.Single(p => p.Slug == "noor-el-amrani").Photos.Count;
        var folder = Path.Combine(new SiteLayout(_root).Portraits, "noor-el-amrani");
        var photo = Directory.EnumerateFiles(folder, "*.jpg", SearchOption.AllDirectories).First();
        File.Copy(photo, Path.Combine(Path.GetDirectoryName(photo)!, "nieuw.jpg"));

        Assert.Equal(before + 1, ContentLoader.Load(_root).Portraits.Single(p => p.Slug == "noor-el-amrani").Photos.Count);
    }

    [Fact]
    public void A_folder_with_a_symbolic_link_in_it_is_always_read_and_never_recorded()
    {
        var folder = Path.Combine(new SiteLayout(_root).Portraits, "noor-el-amrani");
        var photo = Directory.EnumerateFiles(folder, "*.jpg", SearchOption.AllDirectories).First();
        File.CreateSymbolicLink(Path.Combine(folder, "gelinkt.jpg"), photo);

        ContentLoader.Load(_root);

        Assert.False(File.Exists(RecordOf("noor-el-amrani")));
        Assert.True(File.Exists(RecordOf("arthur-penhale")));
    }

    [Fact]
    public void A_withdrawn_portrait_or_one_whose_folder_is_gone_keeps_no_record()
    {
        ContentLoader.Load(_root);
        Assert.True(File.Exists(RecordOf("noor-el-amrani")) && File.Exists(RecordOf("frans-verhaegen")));

        var index = File.ReadAllText(IndexOf("noor-el-amrani"));
        File.WriteAllText(IndexOf("noor-el-amrani"), System.Text.RegularExpressions.Regex.Replace(index, @"(?m)^status: \w+", "status: withdrawn"));
        Directory.Delete(Path.Combine(new SiteLayout(_root).Portraits, "frans-verhaegen"), recursive: true);
        ContentLoader.Load(_root);

        Assert.False(File.Exists(RecordOf("noor-el-amrani")));
        Assert.False(File.Exists(RecordOf("frans-verhaegen")));
        Assert.True(File.Exists(RecordOf("arthur-penhale")));
    }

    [Fact]
    public void Each_approved_portrait_keeps_the_hashes_of_its_own_files_beside_its_record_and_loses_them_with_it()
    {
        var layout = new SiteLayout(_root);
        ContentLoader.Load(_root);
        string[] approved = ["arthur-penhale", "gilberte-verhaegen", "josee-verhaegen", "noor-el-amrani"];
        foreach (var slug in approved)
        {
            var hashed = JsonNode.Parse(File.ReadAllText(layout.FingerprintHashesFile(slug)))!.AsObject().Select(pair => pair.Key).ToList();
            Assert.NotEmpty(hashed);
            Assert.All(hashed, path => Assert.StartsWith(Path.Combine(layout.Portraits, slug) + Path.DirectorySeparatorChar, path, StringComparison.Ordinal));
        }

        Assert.False(File.Exists(layout.FingerprintHashesFile("frans-verhaegen")));

        var index = File.ReadAllText(IndexOf("noor-el-amrani"));
        File.WriteAllText(IndexOf("noor-el-amrani"), System.Text.RegularExpressions.Regex.Replace(index, @"(?m)^status: \w+", "status: withdrawn"));
        ContentLoader.Load(_root);

        Assert.False(File.Exists(layout.FingerprintHashesFile("noor-el-amrani")));
        Assert.True(File.Exists(layout.FingerprintHashesFile("arthur-penhale")));
    }

    [Fact]
    public void A_record_another_process_is_writing_for_a_portrait_that_is_there_is_left_alone()
    {
        ContentLoader.Load(_root);
        var writing = RecordOf("arthur-penhale") + ".4242.7.tmp";
        var leftOver = RecordOf("weggehaald") + ".4242.7.tmp";
        File.WriteAllText(writing, "{}");
        File.WriteAllText(leftOver, "{}");

        ContentLoader.Load(_root);

        Assert.True(File.Exists(writing));
        Assert.False(File.Exists(leftOver));
    }

    [Fact]
    public void A_portrait_with_an_error_is_not_recorded_and_its_error_is_reported_every_time()
    {
        File.AppendAllText(IndexOf("arthur-penhale"), "\n![Missing](photos/niet-er.jpg)\n");

        var first = ContentLoader.Load(_root);
        var second = ContentLoader.Load(_root);

        Assert.False(File.Exists(RecordOf("arthur-penhale")));
        Assert.Contains(first.Diagnostics, d => d.IsError && d.Path.Contains("arthur-penhale", StringComparison.Ordinal));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void Reading_content_without_a_cache_folder_keeps_no_record()
    {
        Directory.Delete(new SiteLayout(_root).Cache, recursive: true);

        ContentLoader.Load(_root);

        Assert.False(Directory.Exists(new SiteLayout(_root).Cache));
    }
}
