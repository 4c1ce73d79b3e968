using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Pages;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Publication;
using PortretSite.Rendering.Theme;
using PortretSite.Foundation.Output;

namespace PortretSite.Site.Protection;

/// <summary>
/// Everything the protected site is made from: the pages of the plan's published portraits, and its
/// audiences with their passwords. With <c>WithBooklets</c> every page offers its booklet, written by
/// <see cref="ProtectedSiteWriter.WriteBooklets"/> once printed.
/// </summary>
public sealed record ProtectionInput(IReadOnlyList<SiteMedia> Media, PublicationPlan Plan, SiteSettings Settings, bool WithBooklets)
{
    /// <summary>The review edition: every page, and the shell around them, is marked "for review — not yet approved".</summary>
    public bool ForReview { get; init; }
}

/// <summary>
/// Writes the family site as it is published: one neutral page (the shell) with a password
/// field, and every portrait page, photo, booklet and family list as an encrypted script file
/// under an opaque name. Nothing about a person is readable without a password.
/// </summary>
public sealed class ProtectedSiteWriter(KeyRing keys, CiphertextCache cache, SiteRenderer renderer, ThemeFiles theme, ThemeTemplates templates, Func<string, Labels> labelsFor)
{
    public const string DataFolder = "data";
    public const string SlotsFile = DataFolder + "/keys.js";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The slot table is read as JavaScript, never placed in HTML, so base64 may stay unescaped.
    private static readonly JsonSerializerOptions ScriptJson = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(ProtectionInput input, OutputWriter folder, DiagnosticBag diagnostics)
    {
        // Media, then the pages that show them: each step spread over the cores, a large site has thousands of each.
        var media = WriteMedia(input.Media, folder);
        var readings = input.Plan.Portraits.Where(p => p.Included).SelectMany(p => p.Readings.Select(r => (Planned: p, Reading: r)));
        Parallel.ForEach(readings, r => WriteReading(r.Planned, r.Reading, input, media, folder, diagnostics));
        foreach (var page in input.Plan.Pages)
        {
            WriteSitePage(page, folder, diagnostics);
        }

        var grants = new Dictionary<string, List<AudienceGrant>>(StringComparer.Ordinal);
        foreach (var audience in input.Plan.Readable)
        {
            var grant = WriteAudience(audience, input, media, folder, diagnostics);
            foreach (var password in audience.Passwords)
            {
                if (!grants.TryGetValue(password.Text, out var list))
                {
                    grants[password.Text] = list = [];
                }

                list.Add(grant);
            }
        }

        folder.Write(SlotsFile, Encoding.UTF8.GetBytes("window.portretSlots(" + SlotsJson(grants) + ");\n"));
        // The assets before the shell that loads them.
        PlainSiteWriter.CopyAssets(theme, folder);
        WriteShell(input.Settings, ReaderKind(input.Plan), input.ForReview, folder, diagnostics);
    }

    /// <summary>
    /// The booklets as encrypted downloads, under a key of their own: written after the rest of the
    /// site, which does not wait for the print. A build whose print failed is not published, so a
    /// page never offers a booklet that is not there.
    /// </summary>
    public void WriteBooklets(IReadOnlyDictionary<string, string> pdfs, OutputWriter folder)
    {
        foreach (var (slug, pdf) in pdfs)
        {
            // The booklet is a link to its cache entry, which a reprint replaces: its size and time tell the print.
            var printed = new FileInfo(pdf);
            WriteFile(folder, BookletItem(slug), keys.BookletKey(slug), pdf, $"{printed.Length}|{printed.LastWriteTimeUtc.Ticks}");
        }
    }

    /// <summary>
    /// The printed cards as encrypted downloads on their card's page, under the key of the reading the
    /// card shows; only a team or the person themself is given the card's item, so only they see it.
    /// </summary>
    public void WriteCards(IReadOnlyDictionary<string, string> pdfs, PublicationPlan plan, OutputWriter folder)
    {
        foreach (var (slug, pdf) in pdfs)
        {
            if (plan.Portraits.FirstOrDefault(p => p.Slug == slug)?.CardReading is not { } shown)
            {
                continue;
            }

            var printed = new FileInfo(pdf);
            WriteFile(folder, CardPdfItem(slug), PageKey(slug, shown), pdf, $"{printed.Length}|{printed.LastWriteTimeUtc.Ticks}");
        }
    }

    private string BookletItem(string slug) => keys.ItemId("booklet/" + slug);

    /// <summary>A reading's item: the whole portrait keeps the item it always had, a restricted reading gets one of its own.</summary>
    private string PageItem(string slug, PlannedReading reading) => keys.ItemId(reading.IsWhole ? "page/" + slug : $"page/{slug}/{reading.Id}");

    private byte[] PageKey(string slug, PlannedReading reading) => reading.IsWhole ? keys.PortraitKey(slug) : keys.ReadingKey(slug, reading.Id);

    /// <summary>A portrait's card for carers: an item of its own under the key of the reading it shows, opened only by the audiences of that reading that read cards.</summary>
    private string CardItem(string slug, PlannedReading reading) => keys.ItemId(reading.IsWhole ? "card/" + slug : $"card/{slug}/{reading.Id}");

    private string CardPdfItem(string slug) => keys.ItemId("cardpdf/" + slug);

    /// <summary>A site page's item: a purpose of its own, so a page and a portrait of the same slug never share an item or a key.</summary>
    private string SitePageItem(string slug) => keys.ItemId("sitepage/" + slug);

    private ConcurrentDictionary<string, MediaItem> WriteMedia(IReadOnlyList<SiteMedia> media, OutputWriter folder)
    {
        var items = new ConcurrentDictionary<string, MediaItem>(StringComparer.Ordinal);
        Parallel.ForEach(media, file =>
        {
            var name = Path.GetFileName(file.Path);
            var item = new MediaItem(keys.ItemId("media/" + name), keys.MediaKey(name, file.PortraitSlug));
            items[name] = item;
            // A photo variant's name is made from its photo's content and the settings that shaped it: it says what the file holds.
            WriteFile(folder, item.ItemId, item.Key, file.SourceFile, name);
        });
        return items;
    }

    private void WriteReading(PlannedPortrait planned, PlannedReading reading, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var photos = new ProtectedPhotoMarkup(media);
        if (renderer.RenderPortrait(reading.Portrait, photos, diagnostics) is not { } page)
        {
            return;
        }

        new MediaLeakGuard(media).Check(page.BodyHtml);
        var slug = planned.Slug;
        // The booklet is offered only to a reading that may see all it prints: a booklet for the family never opens to a team that may not read a chapter, nor the other way round.
        var booklet = input.WithBooklets && planned.Booklet is { } printed && reading.SeesAllOf(printed.Reading.Hidden)
            ? new BookletReference(BookletItem(slug), Convert.ToBase64String(keys.BookletKey(slug)), labelsFor(page.Lang)["bookletFile"], labelsFor(page.Lang)["bookletDownload"])
            : null;
        var hasCard = planned.CardReading?.Id == reading.Id;
        var card = hasCard ? new CardReference(CardItem(slug, reading), labelsFor(page.Lang)["cardLink"]) : null;
        var content = new PagePayload(page.Title, page.Lang, Marked(page.BodyHtml, page.Lang, input.ForReview), Keys(photos.Keys), booklet, card);
        WriteItem(folder, PageItem(slug, reading), PageKey(slug, reading), JsonSerializer.SerializeToUtf8Bytes(content, Json));
        if (hasCard)
        {
            WriteCard(planned, reading, input, media, folder, diagnostics);
        }
    }

    /// <summary>The card for carers, from the same reading as its page: what the page may not show, the card cannot either.</summary>
    private void WriteCard(PlannedPortrait planned, PlannedReading reading, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var slug = planned.Slug;
        var photos = new ProtectedPhotoMarkup(media);
        if (renderer.RenderCard(reading.Portrait, photos, diagnostics, "#/p/" + PageItem(slug, reading)) is not { } card)
        {
            return;
        }

        new MediaLeakGuard(media).Check(card.BodyHtml);
        var pdf = input.WithBooklets && planned.Booklet?.Card is not null
            ? new BookletReference(CardPdfItem(slug), Convert.ToBase64String(PageKey(slug, reading)), labelsFor(card.Lang)["cardFile"], labelsFor(card.Lang)["cardDownload"])
            : null;
        var content = new PagePayload(card.Title, card.Lang, Marked(card.BodyHtml, card.Lang, input.ForReview), Keys(photos.Keys), pdf, null);
        WriteItem(folder, CardItem(slug, reading), PageKey(slug, reading), JsonSerializer.SerializeToUtf8Bytes(content, Json));
    }

    /// <summary>A site page, sealed under its own key like a portrait's page: no photos, no booklet.</summary>
    private void WriteSitePage(Page sitePage, OutputWriter folder, DiagnosticBag diagnostics)
    {
        if (renderer.RenderSitePage(sitePage, diagnostics) is not { } page)
        {
            return;
        }

        var content = new PagePayload(page.Title, page.Lang, page.BodyHtml, [], null, null);
        WriteItem(folder, SitePageItem(sitePage.Slug), keys.SitePageKey(sitePage.Slug), JsonSerializer.SerializeToUtf8Bytes(content, Json));
    }

    private AudienceGrant WriteAudience(PlannedAudience planned, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var (plan, settings) = (input.Plan, input.Settings);
        // The list links to this audience's reading of each portrait, and to each site page it may open, as an in-page route to its encrypted item.
        var audience = planned.Audience;
        var readings = planned.Readings.ToDictionary(r => r.Portrait.Slug, StringComparer.Ordinal);
        var photos = new ProtectedPhotoMarkup(media);
        // A team or the person themself reads the cards too: linked from the list, and their items' keys in the index.
        var cards = planned.ReadsCards
            ? planned.Readings.Where(r => plan.Portraits.First(p => p.Slug == r.Portrait.Slug).CardReading?.Id == r.Id).ToDictionary(r => r.Portrait.Slug, StringComparer.Ordinal)
            : [];
        var reader = new HomeReader(audience.Kind, p => cards.TryGetValue(p.Slug, out var shown) ? "#/c/" + CardItem(p.Slug, shown) : null);
        var language = audience.Language ?? settings.Language;
        var home = renderer.RenderHome(settings.Title, language, planned.Portraits, photos, p => "#/p/" + PageItem(p.Slug, readings[p.Slug]), diagnostics, planned.Pages, p => "#/p/" + SitePageItem(p.Slug), reader)?.BodyHtml ?? "";
        new MediaLeakGuard(media).Check(home);
        var pages = planned.Readings.ToDictionary(r => PageItem(r.Portrait.Slug, r), r => Convert.ToBase64String(PageKey(r.Portrait.Slug, r)), StringComparer.Ordinal);
        foreach (var (slug, shown) in cards)
        {
            pages[CardItem(slug, shown)] = Convert.ToBase64String(PageKey(slug, shown));
        }

        foreach (var page in planned.Pages)
        {
            pages[SitePageItem(page.Slug)] = Convert.ToBase64String(keys.SitePageKey(page.Slug));
        }

        var index = new IndexPayload(audience.DisplayName, Marked(home, language, input.ForReview), Keys(photos.Keys), pages);
        var grant = new AudienceGrant(keys.ItemId("audience/" + audience.Id), keys.AudienceKey(audience.Id));
        WriteItem(folder, grant.IndexId, grant.Key, JsonSerializer.SerializeToUtf8Bytes(index, Json));
        return grant;
    }

    /// <summary>The slot table is random each time it is made, so it is made only when the passwords or keys change.</summary>
    private string SlotsJson(Dictionary<string, List<AudienceGrant>> grants)
    {
        var fingerprint = new StringBuilder();
        foreach (var (password, list) in grants.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            fingerprint.Append(password).Append('\n').AppendJoin(',', list.Select(g => g.IndexId + Convert.ToBase64String(g.Key))).Append('\n');
        }

        var name = Convert.ToHexStringLower(HMACSHA256.HashData(keys.SlotSalt, Encoding.UTF8.GetBytes(fingerprint.ToString())));
        return cache.Remember($"slots-v{SlotTable.FormatVersion}-" + name, () => JsonSerializer.Serialize(
            SlotTable.Build(keys.SlotSalt, keys.SiteId, grants.ToDictionary(g => g.Key, g => (IReadOnlyList<AudienceGrant>)g.Value)), ScriptJson));
    }

    /// <summary>
    /// The one kind of reader every password of the site belongs to, so the page before unlocking
    /// can speak to them ("the password the family gave you"); none when families and teams share the site.
    /// </summary>
    private static AudienceKind? ReaderKind(PublicationPlan plan)
    {
        var kinds = plan.Readable.Select(a => a.Audience.Kind).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : null;
    }

    private void WriteShell(SiteSettings settings, AudienceKind? readers, bool forReview, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var labels = labelsFor(settings.Language).ForReaders(readers);
        if (templates.Render("shell", new ShellView(settings.Title, settings.Language, labels.All) { ForReview = forReview }, diagnostics) is { } shell)
        {
            folder.Write(SiteRenderer.HomePath, Encoding.UTF8.GetBytes(shell));
        }
    }

    /// <summary>A page of the review edition opens with its mark, in the page's language, inside the sealed page itself.</summary>
    private string Marked(string html, string language, bool forReview) => forReview
        ? $"<p class=\"status-banner review-mark\" role=\"note\">{System.Net.WebUtility.HtmlEncode(labelsFor(language)["reviewMark"])}</p>\n{html}"
        : html;

    private void WriteItem(OutputWriter folder, string itemId, byte[] key, byte[] plaintext)
    {
        var script = cache.Seal(key, itemId, plaintext, ItemScript(itemId));
        folder.LinkNamedByContent($"{DataFolder}/{itemId}.js", script);
    }

    private void WriteFile(OutputWriter folder, string itemId, byte[] key, string file, string identity)
    {
        var script = cache.SealFile(key, itemId, file, identity, ItemScript(itemId));
        folder.LinkNamedByContent($"{DataFolder}/{itemId}.js", script);
    }

    /// <summary>The script that hands the sealed item to the shell.</summary>
    private static Func<byte[], byte[]> ItemScript(string itemId) =>
        sealedItem => Encoding.ASCII.GetBytes($"window.portretItem(\"{itemId}\",\"{Convert.ToBase64String(sealedItem)}\");\n");

    private static Dictionary<string, string> Keys(IReadOnlyDictionary<string, byte[]> media) =>
        media.ToDictionary(pair => pair.Key, pair => Convert.ToBase64String(pair.Value), StringComparer.Ordinal);

    /// <param name="Card">On a portrait's page: its card, which the shell links only for a reader given the card's item.</param>
    private sealed record PagePayload(string Title, string Lang, string Html, Dictionary<string, string> Media, BookletReference? Booklet, CardReference? Card);

    private sealed record CardReference(string Item, string Label);

    /// <summary>A download; its <c>Name</c> is neutral ("boekje.pdf"), so no one's name lands in a Downloads folder or a browser's history.</summary>
    private sealed record BookletReference(string Item, string Key, string Name, string Label);

    private sealed record IndexPayload(string Name, string Html, Dictionary<string, string> Media, Dictionary<string, string> Pages);
}

/// <summary>What the shell template sees: only the site's title and its language.</summary>
public sealed record ShellView(string SiteTitle, string Lang, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>The review edition's shell: marked in its title and masthead.</summary>
    public bool ForReview { get; init; }
}
