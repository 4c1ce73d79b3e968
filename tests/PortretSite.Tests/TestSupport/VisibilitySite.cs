using PortretSite.Build;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// A protected, printed site with one portrait read by a family and a care team: the observations (and the
/// photos) only for the team, a chapter only for the family, each carrying a marker word found nowhere else.
/// </summary>
public sealed class VisibilitySite : IAsyncLifetime
{
    public const string Family = "familie-wouters";
    public const string Team = "zorgteam-linde";
    public const string FamilyPassword = "een lange wachtzin voor de familie";
    public const string TeamPassword = "een lange wachtzin voor het zorgteam";

    /// <summary>Only in the observations, which only the team may read.</summary>
    public const string TeamMarker = "Quorvalisk";

    /// <summary>Only in a chapter file whose audiences are the family's alone.</summary>
    public const string FamilyMarker = "Brimblethorn";

    private readonly TempSite _site = new($$"""
        {
          "Title": "Onze verhalen",
          "Language": "nl",
          "Audiences": { "{{Family}}": "Familie Wouters", "{{Team}}": { "Label": "Zorgteam De Linde", "Kind": "team" } }
        }
        """);

    public string Root => _site.Root;

    public string SiteFolder => Path.Combine(_site.Output, "site");

    public string Booklet => Path.Combine(_site.Output, "print", "gerda.pdf");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _site
            .WithPhoto("gerda", "photos/tuin.jpg")
            .WithPortrait("gerda", $"""
                ---
                name: Gerda Wouters
                born: 1934-03-08
                status: approved
                approved:
                  by: Gerda Wouters
                  on: 2025-06-01
                audiences: [{Family}, {Team}]
                cover: photos/tuin.jpg
                summary: Naaister uit Lier.
                helps: [Zeg wie je bent als je binnenkomt.]
                observations: |
                  Na het bezoek op zondag is Gerda moe; de {TeamMarker}-afspraak helpt haar dan.
                visibility:
                  observations: [{Team}]
                  photos: [{Team}]
                photos:
                  - file: photos/tuin.jpg
                    alt: Een tuin met een bank
                ---
                Gerda naaide veertig jaar trouwjurken voor half Lier.

                ## Het atelier

                Haar atelier keek uit op de Nete.
                """)
            .WithFile("gerda", "02-familie.md", $"""
                ---
                audiences: [{Family}]
                ---
                # Voor de familie

                Het naaiboek met de patronen ligt bij {FamilyMarker} in de kast.
                """);
        File.WriteAllText(Path.Combine(_site.Root, ".portret", "passwords"), $"{Family}: {FamilyPassword}\n{Team}: {TeamPassword}\n");
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class VisibilitySiteCollection : ICollectionFixture<VisibilitySite>, ICollectionFixture<SharedBrowser>
{
    public const string Name = "visibility site";
}
