using PortretSite.Build;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>A site with one long portrait, built with its booklet, once for all print tests.</summary>
public sealed class PrintedSite : IAsyncLifetime
{
    public static readonly string[] Chapters = ["Jeugd aan de rivier", "Werk in de bakkerij", "Het koor", "Late jaren"];

    private readonly TempSite _site = new TempSite().WithPasswords();

    public string Root => _site.Root;

    public string Output => _site.Output;

    public string Booklet => Path.Combine(_site.Output, "print", "hanna.pdf");

    public string HomeBooklet => Path.Combine(_site.Output, "print", "hanna.home.pdf");

    public string Preflight => Path.Combine(_site.Output, "print", "hanna.preflight.txt");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Zij vertelde over de zomers aan het water, over het brood dat om vier uur 's ochtends gebakken werd en over de liederen die ze zong.", 9));
        _site.WithPhoto("hanna", "photos/rivier.jpg")
            .WithPhoto("hanna", "photos/oud-en-klein.jpg", "images/low-res-320.jpg")
            .WithPhoto("hanna", "photos/toren.jpg", "content/tall.jpg")
            .WithPortrait("hanna", TempSite.Approved("Hanna Willems", extra: """
                born: 1930-02-02
                died: 2020-10-10
                summary: Bakkersvrouw en altzangeres.
                cover: photos/rivier.jpg
                made_by: Een vrijwilliger van het dienstencentrum
                timeline:
                  - date: 1930
                    title: Geboren aan de rivier
                    mood: turn
                  - date: 1952
                    title: Trouwdag
                    mood: high
                  - date: 1978
                    title: De bakkerij brandt af
                    mood: low
                values: [geduld, brood voor iedereen]
                photos:
                  - file: photos/rivier.jpg
                    alt: Een rivier bij avond
                  - file: photos/oud-en-klein.jpg
                    alt: Een kleine oude foto
                  - file: photos/toren.jpg
                    alt: Een getekende raket
                """, body: $"{paragraph}\n\n{paragraph}"));
        for (var i = 0; i < Chapters.Length; i++)
        {
            var extra = i == 1 ? "\n\n![Een oude, kleine foto](photos/oud-en-klein.jpg)\n\n" : "\n\n";
            _site.WithFile("hanna", $"0{i + 1}-hoofdstuk.md", $"# {Chapters[i]}\n\n{paragraph}{extra}{paragraph}\n\n{paragraph}\n\n{(i == 0 ? paragraph + "\n\n" + paragraph : "")}");
        }

        await RebuildAsync();
    }

    /// <summary>Changes one of the portrait's files, as an editor would between builds.</summary>
    public void Change(string file, Func<string, string> change)
    {
        var path = Path.Combine(_site.PortraitFolder("hanna"), file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    public async Task<BuildResult> RebuildAsync() =>
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output }, CancellationToken.None);

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PrintedSiteCollection : ICollectionFixture<PrintedSite>, ICollectionFixture<SharedBrowser>
{
    public const string Name = "printed site";
}
