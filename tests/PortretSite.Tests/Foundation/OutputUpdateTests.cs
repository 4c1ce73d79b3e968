using System.Text;
using PortretSite.Foundation.Output;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Foundation;

/// <summary>
/// The output is updated where it changed and nowhere else: unchanged files keep their inode and
/// time, files no longer planned go, a failed update leaves the output exactly as it was, and an
/// output someone changed by hand is checked file by file.
/// </summary>
public sealed class OutputUpdateTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("portret-output-").FullName;

    private string Output => Path.Combine(_root, "output");

    private string Manifest => Path.Combine(_root, "state", "output-manifest");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Only_the_changed_file_is_written_again_and_a_file_no_longer_planned_goes_with_its_empty_folder()
    {
        var cacheEntry = CacheEntry("abc123", "sealed bytes");
        Apply(Plan(("site/index.html", "shell"), ("site/data/a.js", "page a"), ("site/data/b.js", "page b"), ("site/old/c.js", "old")).Link("site/data/m.js", cacheEntry));
        var before = Inodes();

        Apply(Plan(("site/index.html", "shell"), ("site/data/a.js", "page a, changed"), ("site/data/b.js", "page b")).Link("site/data/m.js", cacheEntry));

        var after = Inodes();
        Assert.Equal(before["site/index.html"], after["site/index.html"]);
        Assert.Equal(before["site/data/b.js"], after["site/data/b.js"]);
        Assert.Equal(before["site/data/m.js"], after["site/data/m.js"]);
        Assert.NotEqual(before["site/data/a.js"], after["site/data/a.js"]);
        Assert.Equal("page a, changed", File.ReadAllText(Path.Combine(Output, "site/data/a.js")));
        Assert.False(Directory.Exists(Path.Combine(Output, "site/old")), "the folder of the removed file is removed when empty");
        Assert.Equal(["site/data/a.js", "site/data/b.js", "site/data/m.js", "site/index.html"], after.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(OutputFiles.HalfWritten(Output));
    }

    [Fact]
    public void A_linked_cache_entry_shares_its_inode_with_the_output()
    {
        var cacheEntry = CacheEntry("def456", "sealed");
        Apply(new Planned().Link("site/data/x.js", cacheEntry));

        Assert.Equal(Inode(cacheEntry), Inode(Path.Combine(Output, "site/data/x.js")));
    }

    [Fact]
    public void A_file_added_by_hand_makes_the_next_update_check_every_file_and_remove_it()
    {
        Apply(Plan(("site/index.html", "shell"), ("site/data/a.js", "page a")));
        File.WriteAllText(Path.Combine(Output, "site/data/stray.js"), "not from a build");
        File.Delete(Path.Combine(Output, "site/index.html"));

        Apply(Plan(("site/index.html", "shell"), ("site/data/a.js", "page a")));

        Assert.Equal(["site/data/a.js", "site/index.html"], Inodes().Keys.Order(StringComparer.Ordinal));
        Assert.Equal("shell", File.ReadAllText(Path.Combine(Output, "site/index.html")));
    }

    [Fact]
    public void An_update_that_fails_while_writing_leaves_the_output_as_it_was()
    {
        Apply(Plan(("site/index.html", "shell"), ("site/data/a.js", "page a")));
        var before = OutputFiles.Hashes(Output);

        var broken = Plan(("site/index.html", "new shell"), ("site/data/new/b.js", "page b")).Link("site/data/c.js", Path.Combine(_root, "cache", "missing"));
        Assert.ThrowsAny<IOException>(() => Apply(broken));

        Assert.Equal(before, OutputFiles.Hashes(Output));
        Assert.False(Directory.Exists(Path.Combine(Output, "site/data/new")), "a folder made for the failed update is removed");
        Assert.Empty(OutputFiles.HalfWritten(Output));
    }

    [Fact]
    public void An_update_of_part_of_the_output_keeps_the_rest_and_the_next_whole_update_still_knows_every_file()
    {
        Apply(Plan(("site/index.html", "shell"), ("print/a.pdf", "booklet a")));
        var shell = Inode(Path.Combine(Output, "site/index.html"));

        OutputUpdate.Apply(Plan(("print/b.pdf", "booklet b")).Plan, Output, Manifest, whole: false);
        Assert.Equal(["print/a.pdf", "print/b.pdf", "site/index.html"], Inodes().Keys.Order(StringComparer.Ordinal));

        Apply(Plan(("site/index.html", "shell"), ("print/a.pdf", "booklet a")));
        Assert.Equal(shell, Inode(Path.Combine(Output, "site/index.html")));
        Assert.Equal(["print/a.pdf", "site/index.html"], Inodes().Keys.Order(StringComparer.Ordinal));
    }

    private void Apply(Planned planned) => OutputUpdate.Apply(planned.Plan, Output, Manifest, whole: true);

    private static Planned Plan(params (string Path, string Text)[] files)
    {
        var planned = new Planned();
        foreach (var (path, text) in files)
        {
            planned.Writer.Write(path, Encoding.UTF8.GetBytes(text));
        }

        return planned;
    }

    private string CacheEntry(string name, string text)
    {
        var path = Path.Combine(_root, "cache", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private Dictionary<string, string> Inodes() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Output, f), Inode);

    /// <summary>The file's inode number: the same number means the file was not written again.</summary>
    private static string Inode(string file)
    {
        var start = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", file]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var inode = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return inode;
    }

    private sealed class Planned
    {
        public OutputWriter Writer { get; } = new();

        public OutputPlan Plan => Writer.Plan;

        public Planned Link(string path, string source)
        {
            Writer.LinkNamedByContent(path, source);
            return this;
        }
    }
}
