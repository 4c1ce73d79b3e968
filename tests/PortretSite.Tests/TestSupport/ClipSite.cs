using PortretSite.Build;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// A protected site with two recorded clips, served on 127.0.0.1 and built with its <c>SiteUrl</c> pointing there, so a
/// booklet's QR code leads to it. Built once, with its booklet.
/// </summary>
public sealed class ClipSite : IAsyncLifetime
{
    public const string Password = "a long walk along the river with family a";
    public const string Slug = "zorblax";
    public const string Name = "Zorblax Quintavalle";

    /// <summary>A word only in the first clip's transcript, and one only in the portrait's story.</summary>
    public const string TranscriptMarker = "Quibblewhisk";
    public const string StoryMarker = "Frostmarrow";

    private readonly TempSite _site = new(null);
    private StaticSiteServer? _server;

    public string Root => _site.Root;

    public string SiteFolder => Path.Combine(_site.Output, "site");

    public string PrintFolder => Path.Combine(_site.Output, "print");

    public Uri SiteAddress { get; private set; } = null!;

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_site.Output);
        _server = await StaticSiteServer.StartAsync(_site.Output);
        SiteAddress = new Uri(_server.Address, "site/");
        _site.WithSettings($$"""
            {
              "Title": "Test",
              "Language": "en",
              "SiteUrl": "{{SiteAddress.AbsoluteUri}}",
              "Audiences": { "family-a": "Family A", "family-b": "Family B" }
            }
            """).WithPasswords();
        var audio = Path.Combine(_site.PortraitFolder(Slug), "audio");
        Directory.CreateDirectory(audio);
        Recordings.Speech(Path.Combine(audio, "de-bakkerij.m4a"), "nl", "Ik vertel over de bakkerij van Quibblewhisk op de hoek van de straat.");
        Recordings.Speech(Path.Combine(audio, "the-sea.mp3"), "en-gb", "The sea does not care about you. An engine does, if you look after it.");
        _site.WithPortrait(Slug, TempSite.Approved(Name, """
            clips:
              - file: audio/de-bakkerij.m4a
                title: De bakkerij
                speaker: Zorblax
                chapter: Jeugd
                transcript: |
                  Ik vertel over de bakkerij van Quibblewhisk op de hoek van de straat.
              - file: audio/the-sea.mp3
                title: The sea
                transcript: The sea does not care about you. An engine does, if you look after it.
            """, $"""
            {Name} told us about {StoryMarker}.

            ## Jeugd

            ![De bakkerij](audio/de-bakkerij.m4a)

            The bakery stood on the corner.
            """));
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output }, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ClipSiteCollection : ICollectionFixture<ClipSite>, ICollectionFixture<SharedBrowser>
{
    public const string Name = "clip site";
}
