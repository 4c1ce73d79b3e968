using System.Text;

namespace PortretSite.Tests.TestSupport;

/// <summary>A throwaway site root: statiq.json, portrait folders and photos, deleted afterwards.</summary>
public sealed class TempSite : IDisposable
{
    public const string DefaultSettings = """
        {
          "Title": "Test",
          "Language": "en",
          "Audiences": { "family-a": "Family A", "family-b": "Family B" }
        }
        """;

    public TempSite(string? settings = DefaultSettings)
    {
        Root = Path.Combine(Path.GetTempPath(), "portret-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "input", "portraits"));
        Directory.CreateDirectory(Path.Combine(Root, ".portret"));
        if (settings is not null)
        {
            File.WriteAllText(Path.Combine(Root, "statiq.json"), settings);
        }
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    /// <summary>An approved portrait's index.md; <paramref name="extra"/> is more front matter, one key per line.</summary>
    public static string Approved(string name = "Test Person", string extra = "", string body = "Some words.") =>
        "---\n" +
        $"name: {name}\n" +
        "status: approved\n" +
        "approved:\n" +
        $"  by: {name}\n" +
        "  on: 2024-10-02\n" +
        "audiences: [family-a]\n" +
        (extra.Length > 0 ? extra.TrimEnd('\n') + "\n" : "") +
        "---\n" +
        body + "\n";

    public string PortraitFolder(string slug) => Path.Combine(Root, "input", "portraits", slug);

    /// <summary>Local passwords for the default audiences, as an editor keeps them in the git-ignored file.</summary>
    public const string PasswordA = "a long walk along the river with family a";
    public const string PasswordB = "a long walk along the river with family b";

    public TempSite WithPasswords()
    {
        File.WriteAllText(Path.Combine(Root, ".portret", "passwords"), $"family-a: {PasswordA}\nfamily-b: {PasswordB}\n");
        return this;
    }

    public TempSite WithSettings(string json)
    {
        File.WriteAllText(Path.Combine(Root, "statiq.json"), json);
        return this;
    }

    public TempSite WithPortrait(string slug, string indexMarkdown)
    {
        Directory.CreateDirectory(PortraitFolder(slug));
        File.WriteAllText(Path.Combine(PortraitFolder(slug), "index.md"), indexMarkdown);
        return this;
    }

    /// <summary>A site page beside the portraits: <c>input/pages/&lt;fileName&gt;</c>.</summary>
    public TempSite WithPage(string fileName, string markdown)
    {
        var folder = Path.Combine(Root, "input", "pages");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, fileName), markdown);
        return this;
    }

    public TempSite WithFile(string slug, string relativePath, string content) => WithBytes(slug, relativePath, Encoding.UTF8.GetBytes(content));

    public TempSite WithBytes(string slug, string relativePath, byte[] content)
    {
        var path = Path.Combine(PortraitFolder(slug), relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    /// <summary>A file in the site's own theme/ folder, over the built-in theme.</summary>
    public TempSite WithThemeFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, "theme", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TempSite WithPhoto(string slug, string relativePath, string fixture = "content/small.jpg")
    {
        var path = Path.Combine(PortraitFolder(slug), relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RepositoryPaths.Fixture(fixture), path, overwrite: true);
        return this;
    }

    /// <summary>
    /// A new root holding everything <paramref name="original"/> holds (input, output, local state), files keeping their
    /// modification times: a built site to change, without building it again. The output manifest names the original's
    /// output, so the copy's next build checks every output file, as after any move of a site folder.
    /// </summary>
    public static TempSite CopyOf(TempSite original)
    {
        var copy = new TempSite(settings: null);
        foreach (var file in Directory.EnumerateFiles(original.Root, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Root, Path.GetRelativePath(original.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }

        return copy;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that keeps a file open must not fail the others; the OS cleans temp later.
        }
    }
}
