using PortretSite.Content;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary>The keys the card for carers adds to a portrait: how to address the person, their group and what to avoid.</summary>
public sealed class CardKeysTests : IDisposable
{
    private const string Index = "input/portraits/maria/index.md";
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_card_keys_load_into_the_portrait()
    {
        var content = ContentLoader.Load(_site.WithPortrait("maria", TempSite.Approved("Maria Peeters", extra: """
            address_as: Maria, not madam
            group: Unit The Linden, room 12
            avoid:
              - rushing the morning
              - talking over her head
            """)).Root);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        var portrait = Assert.Single(content.Portraits);
        Assert.Equal(("Maria, not madam", "Unit The Linden, room 12"), (portrait.AddressAs, portrait.Group));
        Assert.Equal(["rushing the morning", "talking over her head"], portrait.Avoid);
    }

    [Theory]
    [InlineData("address_as: [Maria, Mia]", 8, "address_as")]
    [InlineData("group:\n  room: 12", 9, "group")]
    [InlineData("avoid:\n  - rushing\n  - what: noise", 10, "avoid")]
    public void A_card_key_of_the_wrong_shape_is_an_error_at_its_line(string extra, int line, string key)
    {
        var diagnostics = ContentLoader.Load(_site.WithPortrait("maria", TempSite.Approved(extra: extra)).Root).Diagnostics;

        Assert.Contains(diagnostics, d => d.IsError && d.Path == Index && d.Line == line && d.Message.English.Contains(key, StringComparison.Ordinal));
    }
}
