using PortretSite.Build;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// A protected site to search: Josée (read by her family and a care team, with observations for the team only and
/// a chapter for the family only), Arthur (English, her family's too) and Berend (another family's), each hidden
/// part carrying a marker word found nowhere else.
/// </summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string Family = "familie-marchal";
    public const string Team = "zorgteam-linde";
    public const string OtherFamily = "familie-oosterlinck";
    public const string FamilyPassword = "een lange wachtzin voor de familie";
    public const string TeamPassword = "een lange wachtzin voor het zorgteam";
    public const string OtherPassword = "een lange wachtzin voor de andere familie";

    /// <summary>Only in Josée's observations, which only the team may read.</summary>
    public const string TeamMarker = "Kwispelmoor";

    /// <summary>Only in a chapter file of Josée's for her family alone.</summary>
    public const string FamilyMarker = "Draaksteen";

    /// <summary>Only in Berend's portrait, which only the other family reads.</summary>
    public const string OtherMarker = "Zwierbloem";

    /// <summary>Words that appear only inside portraits: none may be readable in the published site.</summary>
    public static readonly string[] Markers = [TeamMarker, FamilyMarker, OtherMarker, "Marchal", "Josée", "josee", "Penwick", "wandelen", "Oosterlinck"];

    private readonly TempSite _site = new($$"""
        {
          "Title": "Onze verhalen",
          "Language": "nl",
          "Audiences": {
            "{{Family}}": "Familie Marchal",
            "{{OtherFamily}}": "Familie Oosterlinck",
            "{{Team}}": { "Label": "Zorgteam De Linde", "Kind": "team" }
          }
        }
        """);

    public string Root => _site.Root;

    public string SiteFolder => Path.Combine(_site.Output, "site");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _site
            .WithPortrait("josee", $"""
                ---
                name: Josée Marchal
                born: 1931-05-02
                place: Lier
                status: approved
                approved:
                  by: Josée Marchal
                  on: 2025-06-01
                audiences: [{Family}, {Team}]
                summary: Naaister uit Lier, zondagszangeres.
                values: [geduld, humor]
                observations: |
                  Na de middag zoekt Josée de {TeamMarker}-stoel bij het raam.
                visibility:
                  observations: [{Team}]
                ---
                Elke zondag gingen we wandelen langs de Nete, tot aan de oude brug.

                ## Het atelier

                Haar atelier rook naar stoom en krijt.
                """)
            .WithFile("josee", "02-familie.md", $"""
                ---
                audiences: [{Family}]
                ---
                # Voor de familie

                Het receptenboek ligt bij {FamilyMarker} in de kast.
                """)
            .WithPortrait("arthur", $"""
                ---
                name: Arthur Penwick
                language: en
                status: approved
                approved:
                  by: Arthur Penwick
                  on: 2025-06-01
                audiences: [{Family}]
                summary: A fisherman from Cornwall.
                ---
                He loved walking by the sea every morning, whatever the weather.
                """)
            .WithPortrait("berend", $"""
                ---
                name: Berend Oosterlinck
                status: approved
                approved:
                  by: Berend Oosterlinck
                  on: 2025-06-01
                audiences: [{OtherFamily}]
                summary: Tuinier van de {OtherMarker}.
                ---
                Berend ging elke dag wandelen in zijn tuin.
                """);
        File.WriteAllText(Path.Combine(_site.Root, ".portret", "passwords"), $"{Family}: {FamilyPassword}\n{Team}: {TeamPassword}\n{OtherFamily}: {OtherPassword}\n");
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, SkipPrint = true }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SearchSiteCollection : ICollectionFixture<SearchSite>, ICollectionFixture<SharedBrowser>
{
    public const string Name = "search site";
}
