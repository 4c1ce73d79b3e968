using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>The booklet of a portrait read by a family and a care team prints the family's reading, and says so.</summary>
[Collection(VisibilitySiteCollection.Name)]
public sealed class VisibilityBookletTests(VisibilitySite site)
{
    [Fact]
    public void The_family_booklet_has_no_team_only_text_and_names_for_whom_it_was_made()
    {
        var text = VipsCli.Run("pdftotext", site.Booklet, "-");

        Assert.DoesNotContain(VisibilitySite.TeamMarker, text, StringComparison.Ordinal);
        Assert.Contains(VisibilitySite.FamilyMarker, text, StringComparison.Ordinal);
        Assert.Contains("Gemaakt voor Familie Wouters.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorgteam De Linde", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_booklet_has_none_of_the_team_only_photos() =>
        Assert.Empty(PdfCli.Images(site.Booklet));
}
