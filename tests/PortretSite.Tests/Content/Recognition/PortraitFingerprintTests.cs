using PortretSite.Content.Portraits;
using PortretSite.Content.Recognition;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content.Recognition;

/// <summary>The fingerprint of what was recognised: blind to layout, comments and who may read it; changed by every word, caption and photo.</summary>
public sealed class PortraitFingerprintTests
{
    private const string Index = """
        ---
        name: Maria Peeters   # as she signs
        born: 1941
        status: review
        audiences: [family-a]
        photos:
          - file: photos/dijk.jpg
            caption: Op de dijk, zomer 1962
        legacy: |
          Wat ik wil doorgeven:
          een huis warm houden.
        ---
        Ze naaide alles zelf.

        Ook de gordijnen.
        """;

    [Theory]
    [InlineData("a space more and lines wrapped otherwise", "Ze naaide alles zelf.", "Ze  naaide\nalles   zelf.  ")]
    [InlineData("a comment in the front matter", "born: 1941", "# asked her daughter\nborn: 1941 # about")]
    [InlineData("Windows line ends", "Ze naaide alles zelf.\n\nOok", "Ze naaide alles zelf.\r\n\r\nOok")]
    [InlineData("the indentation of a block", "  Wat ik wil doorgeven:\n  een huis warm houden.", "    Wat ik wil doorgeven:\n    een huis warm houden.")]
    [InlineData("quotes around a text", "caption: Op de dijk, zomer 1962", "caption: \"Op de dijk, zomer 1962\"")]
    [InlineData("the order of keys", "born: 1941\nstatus: review", "status: review\nborn: 1941")]
    [InlineData("the status", "status: review", "status: draft")]
    [InlineData("an approval block", "status: review", "status: review\napproved:\n  by: Maria\n  on: 2025-01-02\n  fingerprint: sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("the audiences", "audiences: [family-a]", "audiences: [family-a, family-b]")]
    [InlineData("a consent block", "audiences: [family-a]", "audiences: [family-a]\nconsent:\n  - by: Maria\n    on: 2025-01-02\n    print: true")]
    public void What_a_reader_does_not_see_leaves_it_as_it_was(string change, string from, string to)
    {
        Assert.Equal(Fingerprint(Index).Value, Fingerprint(Changed(Index, from, to), change).Value);
    }

    [Theory]
    [InlineData("a word of the story", "Ook de gordijnen.", "Ook de overgordijnen.", "index.md")]
    [InlineData("a paragraph break", "Ze naaide alles zelf.\n\nOok", "Ze naaide alles zelf. Ook", "index.md")]
    [InlineData("a caption", "caption: Op de dijk, zomer 1962", "caption: Op de dijk, zomer 1963", "index.md")]
    [InlineData("a word of a part", "een huis warm houden.", "een huis warm houden, altijd.", "index.md")]
    [InlineData("an alt text", "caption: Op de dijk, zomer 1962", "caption: Op de dijk, zomer 1962\n    alt: Een vrouw op een dijk", "index.md")]
    public void A_changed_word_or_caption_changes_it_and_names_the_file(string change, string from, string to, string file)
    {
        var before = Fingerprint(Index);
        var after = Fingerprint(Changed(Index, from, to), change);

        Assert.NotEqual(before.Value, after.Value);
        Assert.Equal([file], after.ChangedSince(before));
    }

    [Fact]
    public void A_photo_replaced_by_another_changes_it_and_names_the_photo()
    {
        using var site = Site(Index);
        var before = Load(site);
        site.WithPhoto("maria", "photos/zee.jpg", "content/tall.jpg");
        var added = Load(site);
        site.WithBytes("maria", "photos/dijk.jpg", [.. File.ReadAllBytes(Path.Combine(site.PortraitFolder("maria"), "photos", "dijk.jpg")), 0]);
        var replaced = Load(site);

        Assert.Equal(["photos/zee.jpg"], added.ChangedSince(before));
        Assert.Equal(["photos/dijk.jpg", "photos/zee.jpg"], replaced.ChangedSince(before));
        Assert.Equal(["photos/dijk.jpg"], replaced.ChangedSince(added));
    }

    [Fact]
    public void A_chapter_counts_as_its_own_file()
    {
        using var site = Site(Index).WithFile("maria", "01-jeugd.md", "# Jeugd\n\nIn de naaikamer.\n");
        var before = Load(site);
        site.WithFile("maria", "01-jeugd.md", "# Jeugd  \r\n\r\n\r\nIn   de\nnaaikamer.\n\n");
        var reflowed = Load(site);
        site.WithFile("maria", "01-jeugd.md", "# Jeugd\n\nIn de snijkamer.\n");
        var changed = Load(site);

        Assert.Equal(before, reflowed, FingerprintComparer.Instance);
        Assert.Equal(["01-jeugd.md"], changed.ChangedSince(before));
    }

    [Fact]
    public void Written_file_hashes_still_match_the_whole_ones_they_were_cut_from()
    {
        var fingerprint = Fingerprint(Index);
        var written = fingerprint.Files.Select(f => FileFingerprint.Parse(f.Written)!).ToList();

        Assert.Empty(fingerprint.ChangedSince(new ContentFingerprint(fingerprint.Value, written)));
        Assert.Equal(fingerprint.Value, ContentFingerprint.ParseValue(fingerprint.Written));
    }

    private static string Changed(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static ContentFingerprint Fingerprint(string index, string? because = null)
    {
        using var site = Site(index);
        return Load(site, because);
    }

    private static TempSite Site(string index) => new TempSite()
        .WithPhoto("maria", "photos/dijk.jpg")
        .WithPortrait("maria", index);

    internal static ContentFingerprint Load(TempSite site, string? because = null)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(site.Root, diagnostics)!;
        var portrait = new PortraitLoader(settings, fingerprintAll: true).Load(site.PortraitFolder("maria"), "input/portraits/maria", diagnostics);
        Assert.False(diagnostics.HasErrors, because + ": " + string.Join("\n", diagnostics.ToList()));
        return portrait!.Fingerprint!;
    }

    private sealed class FingerprintComparer : IEqualityComparer<ContentFingerprint>
    {
        public static readonly FingerprintComparer Instance = new();

        public bool Equals(ContentFingerprint? x, ContentFingerprint? y) => x?.Value == y?.Value;

        public int GetHashCode(ContentFingerprint obj) => obj.Value.GetHashCode(StringComparison.Ordinal);
    }
}
