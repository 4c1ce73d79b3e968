using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>
/// The sample's Frans (in review), an English portrait in review and an approved portrait: built
/// once, then again unchanged, and printed once more by itself as <c>portret print</c> prints.
/// </summary>
public sealed class ReviewCopySite : IAsyncLifetime
{
    private readonly TempSite _site = new("""
        {
          "Title": "Onze verhalen",
          "Language": "nl",
          "Audiences": { "familie-verhaegen": "Familie Verhaegen" }
        }
        """);

    public string Output => _site.Output;

    public string PrintOneOutput => Path.Combine(_site.Root, "print-one");

    public BuildResult Result { get; private set; } = null!;

    public BuildResult Again { get; private set; } = null!;

    public BuildResult PrintOne { get; private set; } = null!;

    public byte[] FirstPrint { get; private set; } = [];

    public string Copy(string slug) => Path.Combine(_site.Output, "review", slug + ".review.pdf");

    public async Task InitializeAsync()
    {
        var frans = Path.Combine(RepositoryPaths.Root, "input", "portraits", "frans-verhaegen");
        foreach (var file in Directory.EnumerateFiles(frans, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_site.PortraitFolder("frans-verhaegen"), Path.GetRelativePath(frans, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _site
            .WithPortrait("margaret", """
                ---
                name: Margaret Penhale
                language: en
                status: review
                audiences: [familie-verhaegen]
                ---
                Margaret kept the lighthouse logbook for thirty years, and every page of it is in her own hand.

                She says the sea was never the same colour twice.
                """)
            .WithPortrait("jozef", TempSite.Approved("Jozef Verhaegen", body: "Jozef bakte brood in Oostakker.").Replace("[family-a]", "[familie-verhaegen]", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_site.Root, ".portret", "passwords"), "familie-verhaegen: een lange zin voor de familie\n");
        var options = new BuildOptions { Root = _site.Root, Output = _site.Output };
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(options, CancellationToken.None);
        FirstPrint = File.Exists(Copy("frans-verhaegen")) ? File.ReadAllBytes(Copy("frans-verhaegen")) : [];
        Again = await BuildPipeline.ForSite(_site.Root).RunAsync(options, CancellationToken.None);
        PrintOne = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = PrintOneOutput, OnlySlug = "frans-verhaegen" }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("PORTRET_KEEP_REVIEW") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var copy in Directory.EnumerateFiles(Path.Combine(_site.Output, "review"), "*.review.pdf"))
            {
                File.Copy(copy, Path.Combine(keep, Path.GetFileName(copy)), overwrite: true);
            }
        }

        _site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The paper review copy: A4, every line of the text numbered, every page marked, the questions of recognition last, and never on the site.</summary>
public sealed partial class ReviewCopyTests(ReviewCopySite site) : IClassFixture<ReviewCopySite>
{
    private const string DutchMark = "Ter inzage — nog niet goedgekeurd";

    [Theory]
    [InlineData("frans-verhaegen")]
    [InlineData("margaret")]
    public void A_review_copy_is_A4_with_its_fonts_embedded_and_a_clean_structure(string slug)
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        var copy = site.Copy(slug);

        Assert.True(File.Exists(copy), $"{copy} was not made");
        var size = PageSize().Match(PdfCli.Info(copy));
        Assert.Equal((595, 842), ((int)Math.Round(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture)), (int)Math.Round(double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture))));
        var fonts = PdfCli.Fonts(copy);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
        Assert.Contains("No syntax or stream encoding errors", PdfCli.QpdfCheck(copy), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_is_marked_as_not_yet_approved_in_the_portrait_s_language()
    {
        foreach (var (slug, mark) in new[] { ("frans-verhaegen", DutchMark), ("margaret", "For review — not yet approved") })
        {
            var copy = site.Copy(slug);
            var pages = PdfCli.Pages(copy);
            Assert.True(pages >= 3, $"{slug}: {pages} pages, expected a title page, the text and the questions");
            for (var page = 1; page <= pages; page++)
            {
                Assert.Contains(mark, Flat(PdfCli.Text(copy, page)), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_line_of_the_text_has_its_number_in_the_margin_from_1_up()
    {
        var copy = site.Copy("frans-verhaegen");
        var pages = PdfCli.Pages(copy);
        var numbers = new List<int>();
        for (var page = 2; page < pages; page++)
        {
            var lines = PdfCli.Text(copy, page).Split('\n')
                .Where(l => l.Trim().Length > 0 && !l.Contains(DutchMark, StringComparison.Ordinal) && !l.Contains("Bladzijde", StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                var numbered = NumberedLine().Match(line);
                Assert.True(numbered.Success, $"page {page}: a line of text without its number: '{line.Trim()}'");
                numbers.Add(int.Parse(numbered.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        var text = Flat(string.Concat(Enumerable.Range(2, pages - 2).Select(p => PdfCli.Text(copy, p))));
        Assert.Contains("Veertig jaar lang bracht Frans de post rond", text, StringComparison.Ordinal);
        Assert.Contains("Het pad waar Frans elke zondag", text, StringComparison.Ordinal);
        Assert.Contains("Een blad uit het Citadelpark", text, StringComparison.Ordinal);
        Assert.Equal(2, PdfCli.Images(copy).Count);
    }

    [Fact]
    public void The_last_page_asks_the_questions_of_recognition_with_lines_for_name_date_and_signature()
    {
        var dutch = site.Copy("frans-verhaegen");
        var last = Flat(PdfCli.Text(dutch, PdfCli.Pages(dutch)));
        foreach (var words in new[] { "Herken je jezelf?", "Klopt het wat er staat?", "Ontbreekt er iets?", "Mag dit gedeeld worden? Met wie?", "Mag het gedrukt worden, als boekje?", "Naam", "Datum", "Handtekening" })
        {
            Assert.Contains(words, last, StringComparison.Ordinal);
        }

        var english = site.Copy("margaret");
        var lastEnglish = Flat(PdfCli.Text(english, PdfCli.Pages(english)));
        foreach (var words in new[] { "Do you recognise yourself?", "Is it true, what it says?", "Is anything missing?", "May this be shared? With whom?", "May it be printed, as a booklet?", "Name", "Date", "Signature" })
        {
            Assert.Contains(words, lastEnglish, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_approved_portrait_gets_no_review_copy()
    {
        Assert.Equal(["frans-verhaegen.review.pdf", "margaret.review.pdf"], Directory.EnumerateFiles(Path.Combine(site.Output, "review")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Output, "print", "jozef.pdf")), "the approved portrait's booklet is missing");
    }

    [Fact]
    public void The_review_copy_is_not_on_the_site()
    {
        var site_ = Path.Combine(site.Output, "site");
        Assert.True(Directory.Exists(site_));
        Assert.Empty(Directory.EnumerateFiles(site_, "*.review.pdf", SearchOption.AllDirectories));
        foreach (var file in Directory.EnumerateFiles(site_, "*", SearchOption.AllDirectories))
        {
            var content = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            Assert.DoesNotContain("Sint-Amandsberg", content, StringComparison.Ordinal);
            Assert.DoesNotContain("lighthouse logbook", content, StringComparison.Ordinal);
            Assert.DoesNotContain("Herken je jezelf", content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unchanged_portrait_is_not_printed_again()
    {
        DiagnosticAssert.NoErrors(site.Again.Diagnostics);
        Assert.NotEmpty(site.FirstPrint);
        Assert.Equal(site.FirstPrint, File.ReadAllBytes(site.Copy("frans-verhaegen")));
    }

    [Fact]
    public void Printing_one_portrait_in_review_makes_its_review_copy_too()
    {
        DiagnosticAssert.NoErrors(site.PrintOne.Diagnostics);
        Assert.True(File.Exists(Path.Combine(site.PrintOneOutput, "print", "frans-verhaegen.pdf")));
        Assert.Equal(["frans-verhaegen.review.pdf"], Directory.EnumerateFiles(Path.Combine(site.PrintOneOutput, "review")).Select(Path.GetFileName));
    }

    private static string Flat(string text) => Whitespace().Replace(text.Replace("-\n", "", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s{0,6}(\d+)\s{2,}\S")]
    private static partial Regex NumberedLine();
}
