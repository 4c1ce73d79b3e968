using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using PortretSite.Content.Settings;
using PortretSite.Foundation;

namespace PortretSite.Content.Scaffolding;

/// <summary>What <c>portret init</c> is asked for: the site's language and the one family it starts with.</summary>
/// <param name="PasswordVariable">The environment variable that holds the family's passphrase on a build server.</param>
public sealed record SiteStart(string Language, Audience Audience, string PasswordVariable)
{
    public string Title => Language == "en" ? "Portraits" : "Portretten";
}

/// <summary>One file of a new site, relative to its folder.</summary>
public sealed record ScaffoldFile(string RelativePath, string Content);

/// <summary>
/// A clean site of one's own: settings with one audience, a <c>.gitignore</c> that keeps the output
/// and every secret out of git, an empty portraits folder, a short README for its editors and the
/// build-on-push workflow.
/// </summary>
public static partial class SiteScaffold
{
    public const string WorkflowFile = "ci/github-actions.yml";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<ScaffoldFile> Files(SiteStart start) =>
    [
        new(SiteLayout.SettingsFileName, Settings(start)),
        new(".gitignore", $"# what a build makes, and what stays on this computer (passwords, the site secret, caches)\noutput/\n{SiteLayout.LocalStateFolderName}/\n"),
        // git keeps no empty folders; a file starting with '.' is no portrait.
        new($"{SiteLayout.PortraitsFolderName}/.gitkeep", ""),
        new("README.md", start.Language == "en" ? EnglishReadme(start) : DutchReadme(start)),
        new(WorkflowFile, Workflow(start)),
    ];

    private static string Settings(SiteStart start)
    {
        var settings = new Dictionary<string, object>
        {
            ["Title"] = start.Title,
            ["Language"] = start.Language,
            ["Audiences"] = new Dictionary<string, string> { [start.Audience.Id] = start.Audience.DisplayName },
        };
        return JsonSerializer.Serialize(settings, Indented).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The example workflow of the guides, with the password of this site's family instead of the sample's.</summary>
    private static string Workflow(SiteStart start)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(WorkflowFile)
            ?? throw new InvalidOperationException($"{WorkflowFile} is not embedded in the tool");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
        var kept = new List<string>();
        var secretWritten = false;
        foreach (var line in lines)
        {
            if (!PasswordVariable().IsMatch(line))
            {
                kept.Add(line);
            }
            else if (line.TrimStart().StartsWith('#'))
            {
                kept.Add(PasswordVariable().Replace(line, start.PasswordVariable));
            }
            else if (!secretWritten)
            {
                kept.Add(PasswordVariable().Replace(line, start.PasswordVariable));
                secretWritten = true;
            }
        }

        return string.Join('\n', kept);
    }

    private static string DutchReadme(SiteStart start) => $"""
        # {start.Title}

        De levensportretten voor {start.Audience.DisplayName}, gemaakt met PortretSite.

        - `{SiteLayout.PortraitsFolderName}/`: één map per portret; `portret new "Volledige Naam"` maakt er een.
        - `{SiteLayout.SettingsFileName}`: de titel, de taal en de families die mogen lezen (`Audiences`).
        - `{SiteLayout.PasswordsFileName}`: de wachtzin van elke familie, zoals `{start.Audience.Id}: zes woorden van portret passphrase`.
          Alleen op deze computer: git laat dit bestand weg.

        In een terminal in deze map:

            portret new "Volledige Naam"   # een nieuw portret
            portret serve                  # meekijken in de browser, ververst bij elke wijziging
            portret check                  # alles nakijken, niets schrijven
            portret build                  # de beveiligde site in output/site, de boekjes in output/print

        Een familie erbij: een regel onder `Audiences` in `{SiteLayout.SettingsFileName}`, zoals
        `"familie-janssens": "Familie Janssens"`, en haar wachtzin in `{SiteLayout.PasswordsFileName}`.
        Bouwen bij elke push op GitHub: zie `{WorkflowFile}`. De volledige gids staat in PortretSite, `docs/GUIDE.nl.md`.

        """;

    private static string EnglishReadme(SiteStart start) => $"""
        # {start.Title}

        The portraits for {start.Audience.DisplayName}, made with PortretSite.

        - `{SiteLayout.PortraitsFolderName}/`: one folder per portrait; `portret new "Full Name"` makes one.
        - `{SiteLayout.SettingsFileName}`: the title, the language and the families who may read (`Audiences`).
        - `{SiteLayout.PasswordsFileName}`: each family's passphrase, like `{start.Audience.Id}: six words from portret passphrase`.
          Only on this computer: git leaves this file out.

        In a terminal in this folder:

            portret new "Full Name"   # a new portrait
            portret serve             # watch in the browser, refreshed on every change
            portret check             # check everything, write nothing
            portret build             # the protected site in output/site, the booklets in output/print

        Another family: a line under `Audiences` in `{SiteLayout.SettingsFileName}`, like
        `"family-jones": "The Jones family"`, and its passphrase in `{SiteLayout.PasswordsFileName}`.
        Building on every push to GitHub: see `{WorkflowFile}`. The full guide is in PortretSite, `docs/GUIDE.en.md`.

        """;

    [GeneratedRegex(@"PORTRET_PASSWORD_[A-Z0-9_]+")]
    private static partial Regex PasswordVariable();
}
