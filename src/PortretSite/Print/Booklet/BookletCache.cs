using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Print.Booklet;

/// <summary>A booklet just printed and finished, with what its preflight found.</summary>
public sealed record FinishedBooklet(byte[] Pdf, byte[]? Home, string Preflight, int Pages, IReadOnlyList<CachedFinding> Findings, BookletLayout Layout);

/// <summary>A booklet in the cache: its files (never changed in place, so they can be linked into the output) and its preflight.</summary>
public sealed record CachedBooklet(string PdfFile, string? HomeFile, string Preflight, int Pages, IReadOnlyList<CachedFinding> Findings);

public sealed record CachedFinding(string Path, string English, string Dutch);

/// <summary>
/// Remembers the last printed booklet of every portrait under a key made of its HTML, every file
/// it uses and the print settings, so an unchanged booklet is never printed again — and the
/// browser is not even started when nothing needs printing. Safe to delete at any time.
/// </summary>
public sealed class BookletCache(string folder)
{
    private static readonly string ToolVersion = typeof(BookletCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>The key of a booklet workspace; the date of printing is left out, so a booklet is not reprinted just because a day passed.</summary>
    public static string Key(string workspace, string html, string printedOn, string settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(ToolVersion + "|" + settings + "|"));
        hash.AppendData(Encoding.UTF8.GetBytes(printedOn.Length == 0 ? html : html.Replace(printedOn, "", StringComparison.Ordinal)));
        foreach (var file in Directory.EnumerateFiles(workspace, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(workspace, file) + "|"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The booklet printed from exactly this HTML, files and settings, if there is one.</summary>
    public CachedBooklet? Find(string slug, string key) => Matches(slug, "key", key) ? Load(slug) : null;

    /// <summary>The booklet last printed when its sources (see <see cref="BookletSources"/>) were as they are now, if there is one.</summary>
    public CachedBooklet? FindBySources(string slug, string sources) => HasSources(slug, sources) ? Load(slug) : null;

    /// <summary>Whether a booklet was printed (and is complete in the cache) when its sources were as they are now.</summary>
    public bool HasSources(string slug, string sources) => Matches(slug, "key", null) && Matches(slug, "sources", sources);

    /// <summary>The portraits that have a printed booklet in the cache: their slugs.</summary>
    public IEnumerable<string> PrintedSlugs() =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateDirectories().Select(d => d.Name).Where(slug => Matches(slug, "key", null)) : [];

    /// <summary>Notes that the cached booklet also stands for these sources (a file was saved unchanged): next time it is found without making its HTML.</summary>
    public void RememberSources(string slug, string sources)
    {
        var file = Path.Combine(folder, slug, "sources");
        File.WriteAllText(file + ".tmp", sources);
        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>Where the parts of the portrait's last printed booklet landed, whatever its key: a reprint starts from it.</summary>
    public BookletLayout? PreviousLayout(string slug)
    {
        try
        {
            var manifest = Path.Combine(folder, slug, "manifest.json");
            return File.Exists(manifest) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifest))?.Layout : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }

    public CachedBooklet Store(string slug, string key, string sources, FinishedBooklet booklet)
    {
        var entry = Path.Combine(folder, slug);
        if (Directory.Exists(entry))
        {
            Directory.Delete(entry, recursive: true);
        }

        Directory.CreateDirectory(entry);
        var pdf = Path.Combine(entry, "booklet.pdf");
        var home = booklet.Home is null ? null : Path.Combine(entry, "booklet.home.pdf");
        File.WriteAllBytes(pdf, booklet.Pdf);
        if (home is not null)
        {
            File.WriteAllBytes(home, booklet.Home!);
        }

        File.WriteAllText(Path.Combine(entry, "manifest.json"), JsonSerializer.Serialize(new Manifest(booklet.Preflight, booklet.Pages, booklet.Findings, booklet.Layout)));
        File.WriteAllText(Path.Combine(entry, "sources"), sources);

        // The key goes last: an entry is only trusted once everything else is in place.
        File.WriteAllText(Path.Combine(entry, "key"), key);
        return new CachedBooklet(pdf, home, booklet.Preflight, booklet.Pages, booklet.Findings);
    }

    public static CachedFinding Finding(string path, Message message) => new(path, message.English, message.Dutch);

    /// <summary>Whether the entry's file <paramref name="name"/> holds <paramref name="expected"/> (or, when that is null, exists).</summary>
    private bool Matches(string slug, string name, string? expected)
    {
        var file = Path.Combine(folder, slug, name);
        try
        {
            return File.Exists(file) && (expected is null || File.ReadAllText(file) == expected);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private CachedBooklet? Load(string slug)
    {
        var entry = Path.Combine(folder, slug);
        try
        {
            var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(entry, "manifest.json")))!;
            var pdf = Path.Combine(entry, "booklet.pdf");
            var home = Path.Combine(entry, "booklet.home.pdf");
            return File.Exists(pdf) ? new CachedBooklet(pdf, File.Exists(home) ? home : null, manifest.Preflight, manifest.Pages, manifest.Findings) : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }

    private sealed record Manifest(string Preflight, int Pages, IReadOnlyList<CachedFinding> Findings, BookletLayout? Layout);
}
