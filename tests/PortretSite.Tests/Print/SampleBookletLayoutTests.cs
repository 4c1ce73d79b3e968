using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>The repository's sample, built with its booklets once for the layout tests.</summary>
public sealed class SampleBooklets : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portret-booklets-root-" + Guid.NewGuid().ToString("N")[..8]);

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "portret-booklets-" + Guid.NewGuid().ToString("N")[..8]);

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        SampleSite.CopyTo(_root);
        Result = await BuildPipeline.ForSite(_root).RunAsync(new BuildOptions { Root = _root, Output = Output, Protect = false }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        foreach (var folder in new[] { Output, _root }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Every sample booklet, read back with pdftotext: no page ends with a section heading whose text
/// is on the next page; the colophon names who made the portrait.
/// </summary>
public sealed partial class SampleBookletLayoutTests(SampleBooklets booklets) : IClassFixture<SampleBooklets>
{
    public static TheoryData<string> Booklets => ["arthur-penhale", "gilberte-verhaegen", "josee-verhaegen", "noor-el-amrani"];

    [Theory]
    [MemberData(nameof(Booklets))]
    public void No_page_ends_with_a_heading(string slug)
    {
        DiagnosticAssert.NoErrors(booklets.Result.Diagnostics);
        var pdf = Path.Combine(booklets.Output, "print", slug + ".pdf");
        var headings = Headings(slug);
        Assert.NotEmpty(headings);

        var endings = new List<string>();
        for (var page = 1; page <= PdfCli.Pages(pdf); page++)
        {
            // Headings side by side (groups of roles in columns) come back as one line of cells.
            var lines = Lines(PdfCli.Text(pdf, page));
            if (lines.Count > 0 && Columns().Split(lines[^1]).Select(Normal).All(cell => IsHeading(headings, cell)))
            {
                endings.Add($"page {page}: '{lines[^1]}'");
            }
        }

        Assert.True(endings.Count == 0, $"{slug}: a heading ends a page:\n  " + string.Join("\n  ", endings));
    }

    [Fact]
    public void The_colophon_names_the_makers_with_their_part_and_the_older_made_by_still_prints()
    {
        string Colophon(string slug)
        {
            var pdf = Path.Combine(booklets.Output, "print", slug + ".pdf");
            return Normal(PdfCli.Text(pdf, PdfCli.Pages(pdf) - 1));
        }

        var gilberte = Colophon("gilberte-verhaegen");
        Assert.Contains("gemaakt door", gilberte, StringComparison.Ordinal);
        Assert.Contains("sara dhondt · schrijver, vrijwilliger van het woonzorgcentrum", gilberte, StringComparison.Ordinal);
        Assert.Contains("dit portret werd gemaakt met sara dhondt", Colophon("josee-verhaegen"), StringComparison.Ordinal);
    }

    /// <summary>The headings of sections, chapters and groups on the portrait's page on the site, which the booklet prints from the same templates (an event's title is the event itself, not a heading over more).</summary>
    private HashSet<string> Headings(string slug)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(booklets.Output, "site", slug, "index.html")));
        return [.. page.QuerySelectorAll(".section-title, .chapter__title, .story h3, .roles__heading, .domain__title, .meaning__heading").Select(h => Normal(h.TextContent)).Where(h => h.Length > 0)];
    }

    /// <summary>A heading, or the last line of one that wrapped.</summary>
    private static bool IsHeading(HashSet<string> headings, string line) =>
        headings.Any(h => h == line || (line.Length > 8 && h.EndsWith(" " + line, StringComparison.Ordinal)));

    /// <summary>The text lines of a page as pdftotext lays them out, without the running page number.</summary>
    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count > 0 && PageNumber().IsMatch(lines[^1]) ? lines[..^1] : lines;
    }

    private static string Normal(string text) => Spaces().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex Columns();
}
