using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PortretSite.Site.Protection;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

/// <summary>
/// A reader who types one audience's password and then tries every key that password ever hands out on every
/// sealed file of the site: a part restricted to another audience never opens, while their own parts do.
/// </summary>
[Collection(VisibilitySiteCollection.Name)]
public sealed class VisibilityAttackerTests(VisibilitySite site)
{
    [Fact]
    public void The_site_and_booklet_were_built()
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        Assert.True(File.Exists(site.Booklet));
    }

    [Fact]
    public void Every_key_the_family_gets_opens_nothing_of_the_teams_observations()
    {
        var opened = OpenEverything(VisibilitySite.FamilyPassword);

        Assert.DoesNotContain(VisibilitySite.TeamMarker, opened.Text, StringComparison.Ordinal);
        Assert.Contains(VisibilitySite.FamilyMarker, opened.Text, StringComparison.Ordinal);
        // Photos are the team's too: the family holds no key to any of them.
        Assert.Equal(0, opened.Media);
        Assert.Equal([Item("booklet/gerda")], opened.Pdfs);
    }

    [Fact]
    public void Every_key_the_team_gets_opens_nothing_of_the_familys_chapter()
    {
        var opened = OpenEverything(VisibilitySite.TeamPassword);

        Assert.DoesNotContain(VisibilitySite.FamilyMarker, opened.Text, StringComparison.Ordinal);
        Assert.Contains(VisibilitySite.TeamMarker, opened.Text, StringComparison.Ordinal);
        Assert.True(opened.Media > 0);
        // The booklet prints the family's chapter, so the team's reading is not handed its key; the team's card, printed from its own reading, is.
        Assert.Equal([Item("cardpdf/gerda")], opened.Pdfs);
    }

    private sealed record Opened(string Text, int Media, IReadOnlyList<string> Pdfs);

    private string Item(string what) => new SealedItems(site.Root, site.SiteFolder).Keys.ItemId(what);

    /// <summary>
    /// The password's slots give index keys; the indexes and the pages they open give more keys. Then every key
    /// is tried on every sealed file, whatever the file is meant for; a booklet that opens is read with pdftotext.
    /// </summary>
    private Opened OpenEverything(string password)
    {
        var sealedItems = new SealedItems(site.Root, site.SiteFolder);
        var items = sealedItems.AllItems();
        var keys = sealedItems.KeysReachableFrom(password);
        Assert.NotEmpty(keys);

        var text = new StringBuilder();
        var media = 0;
        var pdfs = new List<string>();
        foreach (var (id, sealedItem) in items)
        {
            foreach (var key in keys)
            {
                if (SealedItems.TryOpen(key, id, sealedItem) is not { } plain)
                {
                    continue;
                }

                if (plain.AsSpan().StartsWith("%PDF-"u8))
                {
                    pdfs.Add(id);
                    var pdf = Path.Combine(site.Root, $"opened-{id}.pdf");
                    File.WriteAllBytes(pdf, plain);
                    text.Append(VipsCli.Run("pdftotext", pdf, "-"));
                }
                else if (plain.Length > 0 && plain[0] == (byte)'{')
                {
                    text.Append(JsonDocument.Parse(plain).RootElement.ToString());
                }
                else
                {
                    media++;
                }
            }
        }

        return new Opened(text.ToString(), media, pdfs);
    }
}
