using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Search;

/// <summary>
/// The search index as an attacker and as each reader can read it: without a password nothing shows; with an
/// audience's keys (through the project's envelope code) only what that audience may read.
/// </summary>
[Collection(SearchSiteCollection.Name)]
public sealed partial class SearchAttackerTests(SearchSite site)
{
    private SealedItems Items => new(site.Root, site.SiteFolder);

    [Fact]
    public void No_marker_in_any_file_raw_or_in_its_decoded_payloads()
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        foreach (var file in Directory.EnumerateFiles(site.SiteFolder, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            var texts = Base64Literal().Matches(Encoding.Latin1.GetString(bytes)).Select(m => Convert.FromBase64String(m.Groups[1].Value))
                .Prepend(bytes).SelectMany(b => new[] { Encoding.UTF8.GetString(b), Encoding.Latin1.GetString(b) });
            foreach (var text in texts)
            {
                foreach (var marker in SearchSite.Markers)
                {
                    Assert.DoesNotContain(marker, text, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Fact]
    public void The_familys_index_holds_its_chapter_and_nothing_of_the_teams_part_or_another_familys_portrait()
    {
        var index = Decrypted(SearchSite.Family, SearchSite.FamilyPassword);

        Assert.Contains("draaksteen", index, StringComparison.Ordinal);
        Assert.Contains("wandelen", index, StringComparison.Ordinal);
        Assert.DoesNotContain("kwispelmoor", index, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zwierbloem", index, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("oosterlinck", index, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_teams_index_holds_the_observations_and_nothing_of_the_familys_chapter()
    {
        var index = Decrypted(SearchSite.Team, SearchSite.TeamPassword);

        Assert.Contains("kwispelmoor", index, StringComparison.Ordinal);
        Assert.DoesNotContain("draaksteen", index, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("receptenboek", index, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("penwick", index, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Each_chunk_opens_under_its_audiences_key_and_not_under_another_audiences_key_for_the_same_letters()
    {
        var items = Items;
        var family = items.AudienceIndex(SearchSite.Family, SearchSite.FamilyPassword).GetProperty("search").GetProperty("chunks");
        var team = items.AudienceIndex(SearchSite.Team, SearchSite.TeamPassword).GetProperty("search").GetProperty("chunks");
        var shared = 0;
        foreach (var chunk in family.EnumerateObject())
        {
            var item = chunk.Value[0].GetString()!;
            Assert.NotEmpty(items.Open(item, Convert.FromBase64String(chunk.Value[1].GetString()!)));
            if (team.TryGetProperty(chunk.Name, out var teams))
            {
                shared++;
                Assert.NotEqual(item, teams[0].GetString());
                Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => items.Open(item, Convert.FromBase64String(teams[1].GetString()!)));
            }
        }

        Assert.True(shared > 5, "the family and the team share words (Josée's), so chunks of the same letters");
    }

    /// <summary>Everything an audience's keys open of the search: every chunk its list names, and the text of every portrait it may search.</summary>
    private string Decrypted(string audience, string password)
    {
        var items = Items;
        var list = items.AudienceIndex(audience, password);
        var search = list.GetProperty("search");
        var pages = list.GetProperty("pages");
        var text = new StringBuilder();
        foreach (var chunk in search.GetProperty("chunks").EnumerateObject())
        {
            var sealedChunk = items.Open(chunk.Value[0].GetString()!, Convert.FromBase64String(chunk.Value[1].GetString()!));
            using var gzip = new GZipStream(new MemoryStream(sealedChunk), CompressionMode.Decompress);
            text.Append(new StreamReader(gzip).ReadToEnd());
        }

        foreach (var doc in search.GetProperty("docs").EnumerateObject())
        {
            var pageKey = Convert.FromBase64String(pages.GetProperty(doc.Value[0].GetString()!).GetString()!);
            text.Append(Encoding.UTF8.GetString(items.Open(doc.Value[1].GetString()!, pageKey)));
        }

        Assert.True(text.Length > 100, "the audience's search opened nothing");
        return text.ToString().ToLowerInvariant();
    }

    [GeneratedRegex("\"([A-Za-z0-9+/=]{40,})\"")]
    private static partial Regex Base64Literal();
}
