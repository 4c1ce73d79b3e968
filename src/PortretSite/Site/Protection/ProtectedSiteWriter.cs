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
public sealed record ProtectionInput(IReadOnlyList<SiteMedia> Media, PublicationPlan Plan, SiteSettings Settings, bool WithBooklets);

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
        Parallel.ForEach(input.Plan.Included, portrait => WritePortrait(portrait, input, media, folder, diagnostics));
        foreach (var page in input.Plan.Pages)
        {
            WriteSitePage(page, folder, diagnostics);
        }

        var grants = new Dictionary<string, List<AudienceGrant>>(StringComparer.Ordinal);
        foreach (var audience in input.Plan.Readable)
        {
            var grant = WriteAudience(audience, input.Settings, media, folder, diagnostics);
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
        WriteShell(input.Settings, ReaderKind(input.Plan), folder, diagnostics);
    }

    /// <summary>
    /// The booklets as encrypted downloads, under the portrait's key: written after the rest of the
    /// site, which does not wait for the print. A build whose print failed is not published, so a
    /// page never offers a booklet that is not there.
    /// </summary>
    public void WriteBooklets(IReadOnlyDictionary<string, string> pdfs, OutputWriter folder)
    {
        foreach (var (slug, pdf) in pdfs)
        {
            // The booklet is a link to its cache entry, which a reprint replaces: its size and time tell the print.
            var printed = new FileInfo(pdf);
            WriteFile(folder, BookletItem(slug), keys.PortraitKey(slug), pdf, $"{printed.Length}|{printed.LastWriteTimeUtc.Ticks}");
        }
    }

    /// <summary>
    /// The printed cards as encrypted downloads on their card's page, under the portrait's key, as the
    /// booklets are; only a team or the person themself is given the card's item, so only they see it.
    /// </summary>
    public void WriteCards(IReadOnlyDictionary<string, string> pdfs, OutputWriter folder)
    {
        foreach (var (slug, pdf) in pdfs)
        {
            var printed = new FileInfo(pdf);
            WriteFile(folder, CardPdfItem(slug), keys.PortraitKey(slug), pdf, $"{printed.Length}|{printed.LastWriteTimeUtc.Ticks}");
        }
    }

    private string BookletItem(string slug) => keys.ItemId("booklet/" + slug);

    /// <summary>A portrait's card for carers: an item of its own under the portrait's key, opened only by audiences that read cards.</summary>
    private string CardItem(string slug) => keys.ItemId("card/" + slug);

    private string CardPdfItem(string slug) => keys.ItemId("cardpdf/" + slug);

    private string PageItem(string slug) => keys.ItemId("page/" + slug);

    /// <summary>A site page's item: a purpose of its own, so a page and a portrait of the same slug never share an item or a key.</summary>
    private string SitePageItem(string slug) => keys.ItemId("sitepage/" + slug);

    private ConcurrentDictionary<string, MediaItem> WriteMedia(IReadOnlyList<SiteMedia> media, OutputWriter folder)
    {
        var items = new ConcurrentDictionary<string, MediaItem>(StringComparer.Ordinal);
        Parallel.ForEach(media, file =>
        {
            var name = Path.GetFileName(file.Path);
            var item = new MediaItem(keys.ItemId("media/" + name), keys.MediaKey(name));
            items[name] = item;
            // A photo variant's name is made from its photo's content and the settings that shaped it: it says what the file holds.
            WriteFile(folder, item.ItemId, item.Key, file.SourceFile, name);
        });
        return items;
    }

    private void WritePortrait(Portrait portrait, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var photos = new ProtectedPhotoMarkup(media);
        if (renderer.RenderPortrait(portrait, photos, diagnostics) is not { } page)
        {
            return;
        }

        new MediaLeakGuard(media).Check(page.BodyHtml);
        var slug = portrait.Slug;
        var booklet = input.WithBooklets && input.Plan.HasBooklet(slug) ? new BookletReference(BookletItem(slug), slug + ".pdf", labelsFor(page.Lang)["bookletDownload"]) : null;
        var hasCard = input.Plan.HasCard(slug);
        var card = hasCard ? new CardReference(CardItem(slug), labelsFor(page.Lang)["cardLink"]) : null;
        var content = new PagePayload(page.Title, page.Lang, page.BodyHtml, Keys(photos.Keys), booklet, card);
        WriteItem(folder, PageItem(slug), keys.PortraitKey(slug), JsonSerializer.SerializeToUtf8Bytes(content, Json));
        if (hasCard)
        {
            WriteCard(portrait, input, media, folder, diagnostics);
        }
    }

    /// <summary>The card for carers, from the same portrait as its page: what the page may not show, the card cannot either.</summary>
    private void WriteCard(Portrait portrait, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var photos = new ProtectedPhotoMarkup(media);
        if (renderer.RenderCard(portrait, photos, diagnostics, "#/p/" + PageItem(portrait.Slug)) is not { } card)
        {
            return;
        }

        new MediaLeakGuard(media).Check(card.BodyHtml);
        var slug = portrait.Slug;
        var pdf = input.WithBooklets && input.Plan.HasBooklet(slug) ? new BookletReference(CardPdfItem(slug), slug + ".card.pdf", labelsFor(card.Lang)["cardDownload"]) : null;
        var content = new PagePayload(card.Title, card.Lang, card.BodyHtml, Keys(photos.Keys), pdf, null);
        WriteItem(folder, CardItem(slug), keys.PortraitKey(slug), JsonSerializer.SerializeToUtf8Bytes(content, Json));
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

    private AudienceGrant WriteAudience(PlannedAudience planned, SiteSettings settings, IReadOnlyDictionary<string, MediaItem> media, OutputWriter folder, DiagnosticBag diagnostics)
    {
        // The list links to each portrait's page, and to each site page it may open, as an in-page route to its encrypted item.
        var (audience, portraits) = (planned.Audience, planned.Portraits);
        var photos = new ProtectedPhotoMarkup(media);
        // A team or the person themself reads the cards too: linked from the list, and their items' keys in the index.
        var reader = new HomeReader(audience.Kind, p => planned.ReadsCards ? "#/c/" + CardItem(p.Slug) : null);
        var home = renderer.RenderHome(settings.Title, audience.Language ?? settings.Language, portraits, photos, p => "#/p/" + PageItem(p.Slug), diagnostics, planned.Pages, p => "#/p/" + SitePageItem(p.Slug), reader)?.BodyHtml ?? "";
        new MediaLeakGuard(media).Check(home);
        var pages = portraits.ToDictionary(p => PageItem(p.Slug), p => Convert.ToBase64String(keys.PortraitKey(p.Slug)), StringComparer.Ordinal);
        foreach (var portrait in planned.ReadsCards ? portraits : [])
        {
            pages[CardItem(portrait.Slug)] = Convert.ToBase64String(keys.PortraitKey(portrait.Slug));
        }

        foreach (var page in planned.Pages)
        {
            pages[SitePageItem(page.Slug)] = Convert.ToBase64String(keys.SitePageKey(page.Slug));
        }

        var index = new IndexPayload(audience.DisplayName, home, Keys(photos.Keys), pages);
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
        return cache.Remember("slots-" + name, () => JsonSerializer.Serialize(
            SlotTable.Build(keys.SlotSalt, grants.ToDictionary(g => g.Key, g => (IReadOnlyList<AudienceGrant>)g.Value)), ScriptJson));
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

    private void WriteShell(SiteSettings settings, AudienceKind? readers, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var labels = labelsFor(settings.Language).ForReaders(readers);
        if (templates.Render("shell", new ShellView(settings.Title, settings.Language, labels.All), diagnostics) is { } shell)
        {
            folder.Write(SiteRenderer.HomePath, Encoding.UTF8.GetBytes(shell));
        }
    }

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

    private sealed record BookletReference(string Item, string Name, string Label);

    private sealed record IndexPayload(string Name, string Html, Dictionary<string, string> Media, Dictionary<string, string> Pages);
}

/// <summary>What the shell template sees: only the site's title and its language.</summary>
public sealed record ShellView(string SiteTitle, string Lang, IReadOnlyDictionary<string, string> Labels);
