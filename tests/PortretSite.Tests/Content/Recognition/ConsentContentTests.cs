using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content.Recognition;

/// <summary>What the content stage reads of consent, and what it refuses at the line it was written.</summary>
public sealed class ConsentContentTests
{
    [Fact]
    public void Consent_reads_as_written_and_an_absent_block_is_not_an_empty_one()
    {
        using var site = new TempSite()
            .WithPortrait("maria", TempSite.Approved("Maria", "consent:\n  - by: Maria\n    on: 2025-01-02\n  - by: Lieve\n    relation: representative\n    on: 2025-02\n    audiences: [family-a]\n    print: ja"))
            .WithPortrait("jan", TempSite.Approved("Jan"));

        var content = ContentLoader.Load(site.Root);

        DiagnosticAssert.NoErrors(content.Diagnostics);
        var maria = content.Portraits.Single(p => p.Slug == "maria").Consent!;
        Assert.Equal(
            [("Maria", ConsentRelation.Self, "2025-01-02", (string[]?)null, false, 9), ("Lieve", ConsentRelation.Representative, "2025-02", ["family-a"], true, 11)],
            maria.Select(c => (c.By, c.Relation, c.On.ToString(), c.Audiences?.ToArray(), c.Print, c.Line)));
        Assert.Null(content.Portraits.Single(p => p.Slug == "jan").Consent);
    }

    [Fact]
    public void An_unknown_audience_or_relation_in_a_consent_is_an_error_at_its_line()
    {
        using var site = new TempSite()
            .WithPortrait("maria", TempSite.Approved("Maria", "consent:\n  - by: Maria\n    on: 2025-01-02\n    audiences: [family-a, famly-b]\n  - by: Lieve\n    relation: daughter\n    on: 2025-01-02"));

        var errors = ContentLoader.Load(site.Root).Diagnostics.Where(d => d.IsError).Select(d => (d.Line, d.Message.English)).ToList();

        Assert.Contains(errors, e => e.Line == 11 && e.English.StartsWith("audiences: 'famly-b' is not an audience in statiq.json", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 13 && e.English.Contains("consent.relation", StringComparison.Ordinal) && e.English.Contains("daughter", StringComparison.Ordinal));
    }
}
