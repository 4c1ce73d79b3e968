using PortretSite.Build;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// A protected site full of unique marker words, built once: family A and family B each have a
/// portrait of their own, one portrait belongs to both, and a draft belongs to nobody yet.
/// </summary>
public sealed class ProtectedSite : IAsyncLifetime
{
    public const string PasswordA = "blauwe vogels zingen 's ochtends";
    public const string PasswordB = "rode raketten landen op woensdag";
    public const string NameA = "Zorblax Quintavalle";
    public const string NameB = "Vexmira Holloway";
    public const string NameShared = "Thandor Ellingsworth";

    /// <summary>A site page (input/pages) for family A only: the ground rules of the Wobblequist team.</summary>
    public const string PageTitle = "Spelregels van team Wobblequist";

    /// <summary>Words that appear only inside portraits: none may be readable in the published site.</summary>
    public static readonly string[] Markers =
    [
        "Zorblax", "Quintavalle", "Vexmira", "Holloway", "Thandor", "Ellingsworth", "Ozymira", "Draftwood",
        "Quibbleton", "Frostmarrow", "glimmerwick", "snorkelblume", "Plumbottom", "brindlewhisk", "Yarrowmere",
        "zorblax-vakantie", "vexmira-tuin", "Fixture Camera Owner", "Canonet", "familie-zwanenburg", "Zwanenburg",
        "Wobblequist", "Gribbleshank", "spelregels-wobble",
    ];

    private readonly TempSite _site = new("""
        {
          "Title": "Onze verhalen",
          "Language": "nl",
          "Audiences": { "familie-zwanenburg": "Familie Zwanenburg", "familie-b": "Familie Plumbottom" }
        }
        """);

    public string Root => _site.Root;

    public string SiteFolder => Path.Combine(_site.Output, "site");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _site
            .WithPhoto("zorblax", "photos/zorblax-vakantie.jpg", "images/exif-gps-rotated.jpg")
            .WithPhoto("zorblax", "photos/tuin.jpg")
            .WithPortrait("zorblax", Portrait(NameA, "familie-zwanenburg", "Quibbleton", "zorblax-vakantie.jpg", "De glimmerwick aan de dijk", "Een vrouw bij de glimmerwick"))
            .WithPhoto("vexmira", "photos/vexmira-tuin.jpg", "content/tall.jpg")
            .WithPortrait("vexmira", Portrait(NameB, "familie-b", "Frostmarrow", "vexmira-tuin.jpg", "De snorkelblume in bloei", "Een tuin vol snorkelblume"))
            .WithPhoto("thandor", "photos/brug.jpg")
            .WithPortrait("thandor", Portrait(NameShared, "familie-zwanenburg, familie-b", "Yarrowmere", "brug.jpg", "De brindlewhisk brug", "Een brug over de brindlewhisk"))
            .WithPortrait("ozymira", "---\nname: Ozymira Draftwood\nstatus: draft\naudiences: [familie-b]\n---\nOzymira Draftwood is nog een concept.\n")
            .WithPage("spelregels-wobble.md", $"""
                ---
                title: {PageTitle}
                kind: ground_rules
                audiences: [familie-zwanenburg]
                summary: Wat team Wobblequist afsprak.
                agreed:
                  by: Zorblax en meester Gribbleshank
                  on: 2025-03-04
                ---
                1. **Veiligheid.** Wat Zorblax vertelt, blijft bij Gribbleshank.
                2. **Tijd.** Een gesprek duurt hooguit drie kwartier.
                """);
        File.WriteAllText(Path.Combine(_site.Root, ".portret", "passwords"), $"# test passwords\nfamilie-zwanenburg: {PasswordA}\nfamilie-b: {PasswordB}\n");
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, SkipPrint = true }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static string Portrait(string name, string audiences, string place, string photo, string caption, string alt) => $"""
        ---
        name: {name}
        born: 1931-05-02
        place: {place}
        status: approved
        approved:
          by: {name}
          on: 2024-10-02
        audiences: [{audiences}]
        cover: photos/{photo}
        summary: {name} uit {place}, bekend om de glimmerwick.
        values: [snorkelblume, brindlewhisk]
        photos:
          - file: photos/{photo}
            caption: {caption}
            alt: {alt}
        ---
        {name} vertelde over {place} en de glimmerwick.

        > Ik heb nooit een snorkelblume gezien die zo bloeide.
        > — {name}

        ## Jeugd in {place}

        ![{caption}](photos/{photo})

        Daar woonde ook de familie Plumbottom.
        """;
}

[CollectionDefinition(Name)]
public sealed class ProtectedSiteCollection : ICollectionFixture<ProtectedSite>, ICollectionFixture<SharedBrowser>
{
    public const string Name = "protected site";
}
