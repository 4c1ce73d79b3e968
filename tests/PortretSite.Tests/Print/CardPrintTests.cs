using System.Globalization;
using System.Text.RegularExpressions;
using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>
/// The sample's Gilberte (read by her family and her care team), a resident whose portrait says far
/// more than a page holds, and a portrait only a family reads: built once, booklets and cards printed.
/// </summary>
public sealed class CardPrintSite : IAsyncLifetime
{
    private readonly TempSite _site = new("""
        {
          "Title": "Onze verhalen",
          "Language": "nl",
          "Audiences": {
            "familie-verhaegen": "Familie Verhaegen",
            "zorgteam-sint-jozef": { "Label": "Zorgteam Sint-Jozef", "Kind": "team" }
          }
        }
        """);

    public const string TeamPassword = "een lange zin voor het zorgteam";

    public string Output => _site.Output;

    public BuildResult Result { get; private set; } = null!;

    public string Card(string slug) => Path.Combine(_site.Output, "print", slug + ".card.pdf");

    public async Task InitializeAsync()
    {
        var gilberte = Path.Combine(RepositoryPaths.Root, "input", "portraits", "gilberte-verhaegen");
        foreach (var file in Directory.EnumerateFiles(gilberte, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_site.PortraitFolder("gilberte-verhaegen"), Path.GetRelativePath(gilberte, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        static string Many(string what, int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"\n  - {what} {i}, en dat zeggen we hier met heel wat woorden omdat het er echt toe doet voor wie haar verzorgt"));
        _site
            .WithPortrait("lang", $"""
                ---
                name: Mathilde Vanderstraeten-Oosterlinck
                status: approved
                approved:
                  by: Mathilde Vanderstraeten-Oosterlinck
                  on: 2025-10-03
                audiences: [zorgteam-sint-jozef]
                address_as: Mathilde, of Tilde als ze goedgezind is
                group: Afdeling De Eik, kamer 4
                helps:{Many("Wat helpt", 9)}
                avoid:{Many("Liever niet", 8)}
                values:{Many("Wat telt", 6)}
                people:{string.Concat(Enumerable.Range(1, 14).Select(i => $"\n  - name: Kleinkind {i}\n    relation: komt af en toe op bezoek met de hond en de tekeningen"))}
                themes:{string.Concat(Enumerable.Range(1, 8).Select(i => $"\n  - feeling: Onrust nummer {i} als het avond wordt en de gang donker is\n    need: een stem die zegt wie er vannacht werkt"))}
                typical_day: |
                {string.Concat(Enumerable.Range(6, 16).Select(h => $"  {h:00}.00 Iets wat elke dag op dit uur gebeurt, met wie en waar\n"))}
                ---
                Mathilde vertelde veel.
                """)
            .WithPortrait("familie", TempSite.Approved("Jozef Verhaegen").Replace("[family-a]", "[familie-verhaegen]", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_site.Root, ".portret", "passwords"), $"familie-verhaegen: een lange zin voor de familie\nzorgteam-sint-jozef: {TeamPassword}\n");
        Result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output }, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("PORTRET_KEEP_CARDS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var card in Directory.EnumerateFiles(Path.Combine(_site.Output, "print"), "*.card.pdf"))
            {
                File.Copy(card, Path.Combine(keep, Path.GetFileName(card)), overwrite: true);
            }
        }

        _site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The card for carers on paper: one A4 page, its fonts embedded, every part there, shortened visibly when it must be.</summary>
public sealed partial class CardPrintTests(CardPrintSite site, SharedBrowser browser) : IClassFixture<CardPrintSite>, IClassFixture<SharedBrowser>
{
    [Theory]
    [InlineData("gilberte-verhaegen")]
    [InlineData("lang")]
    public void A_card_is_one_A4_page_with_its_fonts_embedded_and_a_clean_structure(string slug)
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        var card = site.Card(slug);

        Assert.Equal(1, PdfCli.Pages(card));
        var size = PageSize().Match(PdfCli.Info(card));
        Assert.Equal((595, 842), ((int)Math.Round(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture)), (int)Math.Round(double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture))));
        var fonts = PdfCli.Fonts(card);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
        Assert.Contains("No syntax or stream encoding errors", PdfCli.QpdfCheck(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Gilberte_s_card_has_every_part_and_nothing_shortened()
    {
        var text = Flat(PdfCli.Text(site.Card("gilberte-verhaegen"), 1));

        foreach (var part in new[]
        {
            "Dit ben ik", "Gilberte Verhaegen", "Gilberte, met je en jij", "Afdeling De Linde, kamer 12",
            "Wat mij helpt", "Ga links van haar zitten", "Liever niet", "Zeggen dat ze niet hoeft te helpen",
            "Wat ik voel en wat ik nodig heb", "Zich nutteloos voelen", "iets kunnen geven",
            "Wat ik wil blijven doen", "schenkster van de koffie op de afdeling", "Zet de kan om tien uur klaar",
            "Wie belangrijk zijn", "Mariam", "Een gewone dag", "07:30", "Het nieuws en de rozenkrans",
            "Wat ik belangrijk vind", "koffie is voor iedereen", "Een kaart uit het portret van Gilberte Verhaegen",
        })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("zie het portret", text, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Path.Contains("gilberte", StringComparison.Ordinal) && d.Message.English.Contains("card", StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlong_card_is_shortened_with_a_pointer_to_the_portrait_and_a_warning()
    {
        var text = Flat(PdfCli.Text(site.Card("lang"), 1));

        Assert.Contains("Mathilde Vanderstraeten-Oosterlinck", text, StringComparison.Ordinal);
        Assert.Contains("Wat helpt 1,", text, StringComparison.Ordinal);
        Assert.Contains("Liever niet 1,", text, StringComparison.Ordinal);
        Assert.Contains("zie het portret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kleinkind 14", text, StringComparison.Ordinal);
        var warning = Assert.Single(site.Result.Diagnostics, d => d.Path == "input/portraits/lang/index.md" && !d.IsError && d.Message.English.StartsWith("the card", StringComparison.Ordinal));
        Assert.StartsWith("the card (\"This is me\") was shortened to fit its one page: ", warning.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_portrait_only_a_family_reads_gets_no_card()
    {
        Assert.True(File.Exists(Path.Combine(site.Output, "print", "familie.pdf")));
        Assert.False(File.Exists(site.Card("familie")));
    }

    [Fact]
    public async Task The_team_downloads_the_printed_card_from_its_page_decrypted_and_byte_identical()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "site", "index.html")).AbsoluteUri);
        await page.FillAsync("#password", CardPrintSite.TeamPassword);
        await page.ClickAsync("#unlock-button");
        await page.ClickAsync("text=Kaart van Gilberte Verhaegen");
        await page.WaitForSelectorAsync(".me-card .booklet-link a");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".booklet-link a"));
        var saved = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await download.SaveAsAsync(saved);

        Assert.Equal("kaart.pdf", download.SuggestedFilename);
        Assert.Equal(await File.ReadAllBytesAsync(site.Card("gilberte-verhaegen")), await File.ReadAllBytesAsync(saved));
        File.Delete(saved);
    }

    /// <summary>pdftotext's layout, one line of words: columns and line breaks do not matter here.</summary>
    private static string Flat(string text) => Whitespace().Replace(text.Replace("-\n", "", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
