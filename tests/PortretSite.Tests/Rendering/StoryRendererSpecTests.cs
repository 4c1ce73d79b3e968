using PortretSite.Content.Portraits;
using PortretSite.Content.Story;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Images;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Story;
using Xunit;

namespace PortretSite.Tests.Rendering;

/// <summary>Markdown in → HTML fragment out, for each extension of the portrait dialect.</summary>
public sealed class StoryRendererSpecTests
{
    private static readonly string Folder = PortraitFolderWithDyke();

    private static readonly PhotoAsset Dyke = new(
        $"{Folder}/photos/dijk.jpg",
        "abc123def4567890",
        1200,
        800,
        [
            new PhotoVariant("abc123-480.webp", "/cache/abc123-480.webp", 480, 320, "image/webp"),
            new PhotoVariant("abc123-960.webp", "/cache/abc123-960.webp", 960, 640, "image/webp"),
            new PhotoVariant("abc123-480.jpg", "/cache/abc123-480.jpg", 480, 320, "image/jpeg"),
            new PhotoVariant("abc123-960.jpg", "/cache/abc123-960.jpg", 960, 640, "image/jpeg"),
        ],
        "data:image/webp;base64,AAAA",
        PhotoMetadata.None);

    private static RenderedStory Render(string markdown, string language = "nl", params StorySource[] chapters)
    {
        var photo = new PortraitPhoto(new PhotoRef("photos/dijk.jpg", "photos/dijk.jpg", Dyke.SourcePath), "Op de dijk", "Een vrouw op een dijk", Listed: true);
        var portrait = new Portrait
        {
            Slug = "maria",
            RelativeFolder = "input/portraits/maria",
            FullFolder = Folder,
            Name = "Maria",
            Language = language,
            Photos = [photo],
            Story = StoryChecker.Check([new StorySource("index.md", 1, markdown), .. chapters], language, new PortraitFolder(Folder, "input/portraits/maria"), new DiagnosticBag()),
        };
        var catalog = new PhotoCatalog(new Dictionary<string, PhotoAsset> { [Dyke.SourcePath] = Dyke }, 1, 0, 0);
        return StoryRenderer.Render(portrait, new PortraitPhotos(portrait, catalog, new PhotoHtml("../media/")));
    }

    /// <summary>The story's photo must be a file in the portrait's folder for the Content stage to resolve it; its pixels do not matter.</summary>
    private static string PortraitFolderWithDyke()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portret-story-spec", "maria");
        Directory.CreateDirectory(Path.Combine(folder, "photos"));
        File.WriteAllBytes(Path.Combine(folder, "photos", "dijk.jpg"), []);
        return folder;
    }

    private static string Html(string markdown, string language = "nl") => string.Concat(Render(markdown, language).Chapters.Select(c => c.Html));

    [Fact]
    public void Image_on_its_own_line_becomes_a_figure_with_caption_and_responsive_picture()
    {
        var html = Html("![Op de dijk, *1962*](photos/dijk.jpg)");

        Assert.Contains("<figure class=\"figure\">", html, StringComparison.Ordinal);
        Assert.Contains("<source type=\"image/webp\" srcset=\"../media/abc123-480.webp 480w, ../media/abc123-960.webp 960w\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"1200\" height=\"800\" alt=\"Een vrouw op een dijk\" loading=\"lazy\"", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Op de dijk, <em>1962</em></figcaption>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"photo__placeholder\" src=\"data:image/webp;base64,AAAA\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_inside_a_sentence_stays_inline()
    {
        var html = Html("Kijk: ![dijk](photos/dijk.jpg) daar.");

        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
        Assert.Contains("<p>Kijk: <span class=\"photo photo--thumb\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_with_a_dash_line_names_its_speaker()
    {
        var html = Html("> Schrijf maar op dat ik gelukkig was.\n> — Josée");

        Assert.Contains("<figure class=\"quote\"><blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Schrijf maar op dat ik gelukkig was.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Josée</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_with_the_speaker_in_its_own_paragraph_names_its_speaker()
    {
        var html = Html("> Eerste zin.\n>\n> -- Arthur", "en");

        Assert.Contains("<figcaption>Arthur</figcaption>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Eerste zin.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_without_a_speaker_stays_a_plain_blockquote()
    {
        var html = Html("> Gewoon een citaat.");

        Assert.DoesNotContain("figcaption", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_link_both_ways()
    {
        var story = Render("Een vlag.[^1]\n\n[^1]: Uit een onderrok.");

        Assert.Contains("href=\"#fn:1\"", story.Chapters[0].Html, StringComparison.Ordinal);
        Assert.NotNull(story.FootnotesHtml);
        Assert.Contains("Uit een onderrok.", story.FootnotesHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#fnref:1\"", story.FootnotesHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_smart_quotes_open_low_and_close_high()
    {
        var html = Html("Ze zei \"hallo\" en 't was 'goed'.");

        Assert.Contains("Ze zei \u201Ehallo\u201D en \u2019t was \u2018goed\u2019.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void English_smart_quotes_open_high()
    {
        var html = Html("She said \"hello\" -- and it's fine...", "en");

        Assert.Contains("She said \u201Chello\u201D \u2013 and it\u2019s fine\u2026", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_get_ids_and_start_chapters()
    {
        var story = Render("Opening.\n\n## Jeugd en werk\n\nTekst.\n\n### Een detail\n\nMeer.");

        Assert.Equal(["opening", "jeugd-en-werk"], story.Chapters.Select(c => c.Id));
        Assert.Equal("Jeugd en werk", story.Chapters[1].TitleText);
        Assert.Contains("<h3 id=\"een-detail\">Een detail</h3>", story.Chapters[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chapter_files_start_chapters_at_their_top_heading()
    {
        var story = Render("Opening.", "nl",
            new StorySource("01-jeugd.md", 1, "# Jeugd\n\nTekst.\n\n## Het jaar van mama\n\nMeer."),
            new StorySource("02-werk-en-gezin.md", 1, "Zonder kop."));

        Assert.Equal([null, "Jeugd", "Werk en gezin"], story.Chapters.Select(c => c.TitleText));
        Assert.Contains("<h3 id=\"het-jaar-van-mama\">Het jaar van mama</h3>", story.Chapters[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_never_executed()
    {
        var html = Html("Hallo <b onclick=\"x()\">daar</b>\n\n<script>alert('x')</script>");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_leak_no_referrer()
    {
        var html = Html("Zie [de site](https://example.org).");

        Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
    }
}
