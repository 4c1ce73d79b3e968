using PortretSite.Foundation;
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
    /// <summary>The links of the booklets' QR codes, when the site has an address to print; each clip a booklet prints gets its item.</summary>
    public ClipLinks? ClipLinks { get; init; }

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

    /// <summary>What the readings were sealed as in earlier builds; none to render every page anew (the review edition).</summary>
    public SealedReadings? Readings { get; init; }

    /// <summary>What the photo and recording files were sealed as in earlier builds; none to derive every file's item and key anew.</summary>
    public SealedMedia? Media { get; init; }

    /// <summary>What the audiences' lists were sealed as in earlier builds; none to make every list anew.</summary>
    public SealedLists? Lists { get; init; }

    /// <summary>Who may open what in this build, set by <see cref="Write"/>: the booklets and cards written after it use the same.</summary>
    private AccessEpochs? _access;
    private PublicationPlan? _plan;

    /// <summary>What each item was sealed as in this build: the lists vouch for their pages by its hash (freshness).</summary>
    private readonly ConcurrentDictionary<string, SealedScript> _sealed = SharedTables.Create<SealedScript>();

    /// <summary>The stamp of each reading this build wrote (<see cref="SealedReadings"/>), by slug and reading: its lists are stamped with it.</summary>
    private readonly ConcurrentDictionary<string, string> _readingStamps = SharedTables.Create<string>();

    /// <summary>The epochs of this build's audiences, for the build's report of who lost access.</summary>
    public AccessEpochs Access => _access ?? throw new InvalidOperationException("the site is not written yet");

    public void Write(ProtectionInput input, OutputWriter folder, DiagnosticBag diagnostics)
    {
        _plan = input.Plan;
        _access = AccessEpochs.Of(input.Plan, keys);
        // Media, then the pages that show them: each step spread over the cores, a large site has thousands of each.
        var media = WriteMedia(input.Media, folder);
        var search = new ProtectedSearchWriter(keys, labelsFor, (item, key, plaintext, minimumSize) => WriteItem(folder, item, key, plaintext, minimumSize));
        var readings = input.Plan.Portraits.Where(p => p.Included).SelectMany(p => p.Readings.Select(r => (Planned: p, Reading: r)));
        Parallel.ForEach(readings, r => WriteReading(r.Planned, r.Reading, input, media, search, folder, diagnostics));
        foreach (var page in input.Plan.Pages)
        {
            WriteSitePage(page, folder, diagnostics);
        }

        if (input.ClipLinks is { } links)
        {
            WriteClipLinks(links, input.Plan, media, folder);
        }

        var credentials = new Dictionary<string, (Credential Credential, List<AudienceGrant> Grants)>(StringComparer.Ordinal);
        foreach (var audience in input.Plan.Readable)
        {
            var grant = WriteAudience(audience, input, media, search, folder, diagnostics);
            foreach (var credential in _access.Credentials[audience.Audience.Id])
            {
                if (!credentials.TryGetValue(credential.Id, out var entry))
                {
                    credentials[credential.Id] = entry = (credential, []);
                }

                entry.Grants.Add(grant);
            }
        }

        var table = credentials.Values.Select(c => new CredentialGrants(c.Credential, keys.DeviceKey(c.Credential.Id), c.Grants)).ToList();
        folder.Write(SlotsFile, Encoding.UTF8.GetBytes("window.portretSlots(" + SlotsJson(table, input.Settings.Protection) + ");\n"));
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
            WriteFile(folder, BookletItem(slug), BookletKey(slug), pdf, $"{printed.Length}|{printed.LastWriteTimeUtc.Ticks}");
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

    private byte[] PageKey(string slug, PlannedReading reading)
    {
        var epoch = Access.OfReaders(reading.Audiences);
        return reading.IsWhole ? keys.PortraitKey(slug, epoch) : keys.ReadingKey(slug, reading.Id, epoch);
    }

    /// <summary>A booklet opens to the audiences whose reading sees everything it prints: its key is in their joint epoch.</summary>
    private byte[] BookletKey(string slug)
    {
        var planned = _plan!.Portraits.First(p => p.Slug == slug);
        var printed = planned.Booklet!.Reading.Hidden;
        return keys.BookletKey(slug, Access.OfReaders(planned.Readings.Where(r => r.SeesAllOf(printed)).SelectMany(r => r.Audiences)));
    }

    private byte[] SitePageKey(string slug) =>
        keys.SitePageKey(slug, Access.OfReaders(_plan!.Readable.Where(a => a.Pages.Any(p => p.Slug == slug)).Select(a => a.Audience.Id)));

    /// <summary>A portrait's card for carers: an item of its own under the key of the reading it shows, opened only by the audiences of that reading that read cards.</summary>
    private string CardItem(string slug, PlannedReading reading) => keys.ItemId(reading.IsWhole ? "card/" + slug : $"card/{slug}/{reading.Id}");

    /// <summary>The item of a reading's search text (<see cref="ProtectedSearchWriter.Text"/>), opened with its page's key.</summary>
    private string TextItem(string slug, PlannedReading reading) => keys.ItemId(ProtectedSearchWriter.TextItemPurpose(slug, reading));

    private string CardPdfItem(string slug) => keys.ItemId("cardpdf/" + slug);

    /// <summary>A site page's item: a purpose of its own, so a page and a portrait of the same slug never share an item or a key.</summary>
    private string SitePageItem(string slug) => keys.ItemId("sitepage/" + slug);

    /// <summary>
    /// Each photo variant once, under a key in the joint epoch of every audience that reads a portrait showing it.
    /// A variant's name is made from its photo's content: one name never holds other content, so old copies need no vouching.
    /// The files sealed under one key salt and one epoch (nearly always one portrait's) are sealed together: as an earlier
    /// build sealed them when nothing their items and keys derive from changed (<see cref="Media"/>), else anew.
    /// </summary>
    private ConcurrentDictionary<string, MediaItem> WriteMedia(IReadOnlyList<SiteMedia> media, OutputWriter folder)
    {
        var readersOf = _plan!.Portraits.ToDictionary(p => p.Slug, p => p.Readings.SelectMany(r => r.Audiences).ToList(), StringComparer.Ordinal);
        var everyone = _plan.Readable.Select(a => a.Audience.Id).ToList();
        // Nearly every file is shown by one portrait: its readers' epoch is worked out once per portrait, not once per file.
        var epochOf = readersOf.ToDictionary(p => p.Key, p => Access.OfReaders(p.Value), StringComparer.Ordinal);
        var sealedTogether = media.GroupBy(m => Path.GetFileName(m.Path), StringComparer.Ordinal)
            .Select(file => new MediaFile(
                file.Key,
                file.First().SourceFile,
                Owner(file),
                file.Select(m => m.PortraitSlug).Distinct().ToList() is [{ } slug] && epochOf.TryGetValue(slug, out var known)
                    ? known
                    : Access.OfReaders(file.SelectMany(m => m.PortraitSlug is { } slug && readersOf.TryGetValue(slug, out var audiences) ? audiences : everyone))))
            .GroupBy(file => (file.Owner, file.Epoch))
            .ToList();
        var items = SharedTables.Create<MediaItem>();
        Parallel.ForEach(sealedTogether, files =>
        {
            foreach (var (name, item, path) in SealMedia(files.Key.Owner, files.Key.Epoch, [.. files.OrderBy(f => f.Name, StringComparer.Ordinal)]))
            {
                items[name] = item;
                folder.LinkNamedByContent($"{DataFolder}/{item.ItemId}.js", path);
            }
        });
        return items;
    }

    /// <summary>Files sealed together, in name order: each one's item, and the path of its cache entry.</summary>
    private IEnumerable<(string Name, MediaItem Item, string Path)> SealMedia(string? owner, string epoch, IReadOnlyList<MediaFile> files)
    {
        var record = keys.MediaRecord(files.Select(f => f.Name), epoch, owner);
        var stamp = Media?.Stamp(record) ?? record;
        Func<byte[]> KeyOf(MediaFile file) => () => keys.MediaKey(file.Name, epoch, owner);
        if (Media?.Replay(stamp, files.Count, cache) is { } remembered)
        {
            return files.Select((file, i) => (file.Name, new MediaItem(remembered[i].ItemId, stamp, KeyOf(file)), remembered[i].Path));
        }

        var made = files.Select(file =>
        {
            var item = new MediaItem(keys.ItemId("media/" + file.Name), stamp, KeyOf(file));
            return (file.Name, item, Path: cache.SealFile(item.Key, item.ItemId, file.Source, file.Name, ItemScript(item.ItemId), Envelope.MediaStepsPerDoubling));
        }).ToList();
        Media?.Remember(stamp, made.Select(m => (m.item.ItemId, m.Path)));
        return made;
    }

    /// <summary>A photo or recording file of the site: its name, where it is cached, whose key salt and which epoch its key takes.</summary>
    private sealed record MediaFile(string Name, string Source, string? Owner, string Epoch);

    /// <summary>The portrait whose key salt a photo's key takes: the first by slug of those showing it, so the choice is the same in every build.</summary>
    private static string? Owner(IEnumerable<SiteMedia> file) => file.Select(m => m.PortraitSlug).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// A reading's page, its search text and its card: linked as an earlier build sealed them when nothing they are
    /// made from changed (<see cref="Readings"/>), else rendered and sealed, and remembered when that went without a word.
    /// </summary>
    private void WriteReading(PlannedPortrait planned, PlannedReading reading, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, ProtectedSearchWriter search, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var stamp = Readings?.Stamp(reading.Portrait, SealedWith(planned, reading, input, media));
        if (stamp is not null)
        {
            _readingStamps[$"{planned.Slug}/{reading.Id}"] = stamp;
        }

        var scripts = stamp is null ? null : Readings!.Replay(stamp, cache);
        if (scripts is null)
        {
            var own = new DiagnosticBag();
            scripts = SealReading(planned, reading, input, media, search, own);
            diagnostics.AddRange(own.ToList());
            if (stamp is not null && own.ToList().Count == 0)
            {
                Readings!.Remember(stamp, scripts);
            }
        }

        foreach (var (itemId, script) in scripts)
        {
            Link(folder, itemId, script);
        }
    }

    /// <summary>What a reading is sealed with besides its portrait: its items and keys, its booklet and card, the items of the files it may show and the stamps of their keys.</summary>
    private IEnumerable<string> SealedWith(PlannedPortrait planned, PlannedReading reading, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media)
    {
        var slug = planned.Slug;
        yield return $"{slug}|{reading.Id}|{reading.IsWhole}|{string.Join(',', reading.Audiences)}|{input.ForReview}|{_plan!.MarksStatus}";
        yield return $"page|{PageItem(slug, reading)}|{Convert.ToBase64String(PageKey(slug, reading))}|{TextItem(slug, reading)}";
        if (input.WithBooklets && planned.Booklet is { } printed && reading.SeesAllOf(printed.Reading.Hidden))
        {
            yield return $"booklet|{BookletItem(slug)}|{Convert.ToBase64String(BookletKey(slug))}|{printed.Card is not null}";
        }

        if (planned.CardReading?.Id == reading.Id)
        {
            yield return $"card|{CardItem(slug, reading)}|{CardPdfItem(slug)}|{input.WithBooklets && planned.Booklet?.Card is not null}";
        }

        foreach (var file in renderer.Media([reading.Portrait]))
        {
            yield return media.TryGetValue(Path.GetFileName(file.Path), out var item) ? $"{file.Path}|{item.ItemId}|{item.Stamp}" : $"{file.Path}|none";
        }
    }

    /// <summary>Renders and seals a reading's page, its search text and, when its portrait's card shows this reading, the card.</summary>
    private List<(string ItemId, SealedScript Script)> SealReading(PlannedPortrait planned, PlannedReading reading, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, ProtectedSearchWriter search, DiagnosticBag diagnostics)
    {
        var scripts = new List<(string, SealedScript)>();
        var photos = new ProtectedPhotoMarkup(media);
        var clips = new ProtectedClipMarkup(media);
        if (renderer.RenderPortrait(reading.Portrait, photos, diagnostics, clipMarkup: clips) is not { } page)
        {
            return scripts;
        }

        new MediaLeakGuard(media).Check(page.BodyHtml);
        var slug = planned.Slug;
        // The booklet is offered only to a reading that may see all it prints: a booklet for the family never opens to a team that may not read a chapter, nor the other way round.
        var booklet = input.WithBooklets && planned.Booklet is { } printed && reading.SeesAllOf(printed.Reading.Hidden)
            ? new BookletReference(BookletItem(slug), Convert.ToBase64String(BookletKey(slug)), labelsFor(page.Lang)["bookletFile"], labelsFor(page.Lang)["bookletDownload"])
            : null;
        var hasCard = planned.CardReading?.Id == reading.Id;
        var card = hasCard ? new CardReference(CardItem(slug, reading), labelsFor(page.Lang)["cardLink"]) : null;
        var content = new PagePayload(page.Title, page.Lang, Marked(page.BodyHtml, page.Lang, input.ForReview), Keys(photos.Keys.Concat(clips.Keys).ToDictionary()), booklet, card);
        var pageItem = PageItem(slug, reading);
        scripts.Add((pageItem, Seal(pageItem, PageKey(slug, reading), JsonSerializer.SerializeToUtf8Bytes(content, Json))));
        var (textItem, text) = search.Text(slug, reading);
        scripts.Add((textItem, Seal(textItem, PageKey(slug, reading), text)));
        if (hasCard && SealCard(planned, reading, input, media, diagnostics) is { } sealedCard)
        {
            scripts.Add(sealedCard);
        }

        return scripts;
    }

    /// <summary>The card for carers, from the same reading as its page: what the page may not show, the card cannot either.</summary>
    private (string ItemId, SealedScript Script)? SealCard(PlannedPortrait planned, PlannedReading reading, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, DiagnosticBag diagnostics)
    {
        var slug = planned.Slug;
        var photos = new ProtectedPhotoMarkup(media);
        if (renderer.RenderCard(reading.Portrait, photos, diagnostics, "#/p/" + PageItem(slug, reading)) is not { } card)
        {
            return null;
        }

        new MediaLeakGuard(media).Check(card.BodyHtml);
        var pdf = input.WithBooklets && planned.Booklet?.Card is not null
            ? new BookletReference(CardPdfItem(slug), Convert.ToBase64String(PageKey(slug, reading)), labelsFor(card.Lang)["cardFile"], labelsFor(card.Lang)["cardDownload"])
            : null;
        var content = new PagePayload(card.Title, card.Lang, Marked(card.BodyHtml, card.Lang, input.ForReview), Keys(photos.Keys), pdf, null);
        var item = CardItem(slug, reading);
        return (item, Seal(item, PageKey(slug, reading), JsonSerializer.SerializeToUtf8Bytes(content, Json)));
    }

    /// <summary>
    /// For each clip a booklet prints, the item its QR link opens: the clip's title, player and transcript with the keys
    /// of its encodings, under the clip's own key. Only the booklet's reading counts, so a clip hidden from it has no item.
    /// </summary>
    private void WriteClipLinks(ClipLinks links, PublicationPlan plan, IReadOnlyDictionary<string, MediaItem> media, OutputWriter folder)
    {
        foreach (var booklet in plan.Booklets)
        {
            var portrait = booklet.Portrait;
            foreach (var clip in portrait.Clips)
            {
                var markup = new ProtectedClipMarkup(media);
                if (renderer.RenderClip(portrait, clip, markup) is not { } html)
                {
                    continue;
                }

                new MediaLeakGuard(media).Check(html);
                var content = new PagePayload(clip.Title, portrait.Language, html, Keys(markup.Keys), null, null);
                WriteItem(folder, links.ItemId(portrait.Slug, clip), links.Key(portrait.Slug, clip), JsonSerializer.SerializeToUtf8Bytes(content, Json));
            }
        }
    }

    /// <summary>A site page, sealed under its own key like a portrait's page: no photos, no booklet.</summary>
    private void WriteSitePage(Page sitePage, OutputWriter folder, DiagnosticBag diagnostics)
    {
        if (renderer.RenderSitePage(sitePage, diagnostics) is not { } page)
        {
            return;
        }

        var content = new PagePayload(page.Title, page.Lang, page.BodyHtml, [], null, null);
        WriteItem(folder, SitePageItem(sitePage.Slug), SitePageKey(sitePage.Slug), JsonSerializer.SerializeToUtf8Bytes(content, Json));
    }

    /// <summary>
    /// An audience's list: its cards, the keys of its pages and its search index, under the audience's key. Linked as an
    /// earlier build sealed it when nothing it is made from changed (<see cref="Lists"/>), else made anew, and remembered
    /// when that went without a word.
    /// </summary>
    private AudienceGrant WriteAudience(PlannedAudience planned, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, ProtectedSearchWriter search, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var audience = planned.Audience;
        var grant = new AudienceGrant(keys.ItemId("audience/" + audience.Id), keys.AudienceKey(audience.Id, Access.Of(audience.Id)));
        var links = LinksOf(planned, input.Plan);
        var stamp = Lists is null ? null : ListedWith(planned, input, grant, links) is { } lines ? Lists.Stamp(lines) : null;
        if (stamp is not null && Lists!.Replay(stamp, cache) is { } scripts)
        {
            foreach (var (itemId, script) in scripts)
            {
                Link(folder, itemId, script);
            }

            return grant;
        }

        var own = new DiagnosticBag();
        var (counter, items) = SealList(planned, input, media, search, grant, links, folder, own);
        diagnostics.AddRange(own.ToList());
        if (stamp is not null && own.ToList().Count == 0)
        {
            Lists!.Remember(stamp, counter, items.Select(item => (item, _sealed[item])));
        }

        return grant;
    }

    /// <summary>Where an audience's list links: its reading of each portrait, the card it reads of each (a team's, the person's), and the key of every page, card and site page it opens.</summary>
    private sealed record ListLinks(Dictionary<string, PlannedReading> Readings, Dictionary<string, PlannedReading> Cards, Dictionary<string, string> Pages);

    private ListLinks LinksOf(PlannedAudience planned, PublicationPlan plan)
    {
        var readings = planned.Readings.ToDictionary(r => r.Portrait.Slug, StringComparer.Ordinal);
        // A team or the person themself reads the cards too: linked from the list, and their items' keys in the index.
        var cards = planned.ReadsCards
            ? planned.Readings.Where(r => plan.Portraits.First(p => p.Slug == r.Portrait.Slug).CardReading?.Id == r.Id).ToDictionary(r => r.Portrait.Slug, StringComparer.Ordinal)
            : [];
        var pages = planned.Readings.ToDictionary(r => PageItem(r.Portrait.Slug, r), r => Convert.ToBase64String(PageKey(r.Portrait.Slug, r)), StringComparer.Ordinal);
        foreach (var (slug, shown) in cards)
        {
            pages[CardItem(slug, shown)] = Convert.ToBase64String(PageKey(slug, shown));
        }

        foreach (var page in planned.Pages)
        {
            pages[SitePageItem(page.Slug)] = Convert.ToBase64String(SitePageKey(page.Slug));
        }

        return new ListLinks(readings, cards, pages);
    }

    /// <summary>
    /// What a list is made from besides what every page shares: the audience and its key, the stamp of each of its readings,
    /// every page, card and text it links with the hash it was sealed as, and its site pages' titles; none when a reading has no stamp.
    /// </summary>
    private List<string>? ListedWith(PlannedAudience planned, ProtectionInput input, AudienceGrant grant, ListLinks links)
    {
        var audience = planned.Audience;
        var lines = new List<string>
        {
            $"{audience.Id}|{audience.Kind}|{audience.DisplayName}|{audience.Language}|{input.Settings.Title}|{input.Settings.Language}|{input.ForReview}|{_plan!.MarksStatus}",
            $"{grant.IndexId}|{Convert.ToBase64String(grant.Key)}|{Access.Of(audience.Id)}",
        };
        foreach (var reading in planned.Readings)
        {
            if (!_readingStamps.TryGetValue($"{reading.Portrait.Slug}/{reading.Id}", out var readingStamp))
            {
                return null;
            }

            var text = TextItem(reading.Portrait.Slug, reading);
            lines.Add($"{reading.Portrait.Slug}|{reading.Id}|{readingStamp}|{text}|{VouchOf(text)}");
        }

        lines.AddRange(links.Pages.OrderBy(page => page.Key, StringComparer.Ordinal).Select(page => $"{page.Key}|{page.Value}|{VouchOf(page.Key)}"));
        lines.AddRange(links.Cards.Select(card => $"card|{card.Key}|{card.Value.Id}"));
        lines.AddRange(planned.Pages.Select(page => $"sitepage|{page.Slug}|{page.Title}|{page.Summary}"));
        return lines;
    }

    private string VouchOf(string itemId) => _sealed.TryGetValue(itemId, out var script) ? script.Vouch : "";

    /// <summary>Renders an audience's cards, seals its search index and then its list; the counter's cache entry, and the items sealed.</summary>
    private (string Counter, List<string> Items) SealList(PlannedAudience planned, ProtectionInput input, IReadOnlyDictionary<string, MediaItem> media, ProtectedSearchWriter search, AudienceGrant grant, ListLinks links, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var settings = input.Settings;
        // The list links to this audience's reading of each portrait, and to each site page it may open, as an in-page route to its encrypted item.
        var audience = planned.Audience;
        var photos = new ProtectedPhotoMarkup(media);
        var reader = new HomeReader(audience.Kind, p => links.Cards.TryGetValue(p.Slug, out var shown) ? "#/c/" + CardItem(p.Slug, shown) : null);
        var language = audience.Language ?? settings.Language;
        var home = renderer.RenderHome(settings.Title, language, planned.Portraits, photos, p => "#/p/" + PageItem(p.Slug, links.Readings[p.Slug]), diagnostics, planned.Pages, p => "#/p/" + SitePageItem(p.Slug), reader)?.BodyHtml ?? "";
        new MediaLeakGuard(media).Check(home);
        var found = search.WriteIndex(planned, PageItem, Access.Of(audience.Id));
        var vouched = links.Pages.Keys.Concat(found.Items).Where(_sealed.ContainsKey).Order(StringComparer.Ordinal).ToDictionary(id => id, id => _sealed[id].Vouch, StringComparer.Ordinal);
        var index = new IndexPayload(audience.DisplayName, Marked(home, language, input.ForReview), Keys(photos.Keys), links.Pages, vouched, 0, found);
        var (counter, entry) = Counter(index);
        WriteItem(folder, grant.IndexId, grant.Key, JsonSerializer.SerializeToUtf8Bytes(index with { Counter = counter }, Json));
        return (entry, [.. found.Chunks.Values.Select(chunk => chunk[0]), grant.IndexId]);
    }

    /// <summary>
    /// The freshness counter of a list: the time (in milliseconds) its content was first written, kept while the content stays
    /// the same, so an unchanged list keeps its ciphertext and a changed one always counts higher than any before it.
    /// </summary>
    private (long Value, string Entry) Counter(IndexPayload index)
    {
        var entry = "counter-" + Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(index, Json)));
        var first = cache.Remember(entry, () => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (long.Parse(first, System.Globalization.CultureInfo.InvariantCulture), entry);
    }

    /// <summary>The key table is random each time it is made (a new salt, new decoys), so it is made only when a passphrase, a key or the policy changes.</summary>
    private string SlotsJson(IReadOnlyList<CredentialGrants> credentials, ProtectionSettings protection)
    {
        var fingerprint = new StringBuilder().Append(protection).Append('\n');
        foreach (var credential in credentials.OrderBy(c => c.Credential.Id, StringComparer.Ordinal))
        {
            fingerprint.Append(credential.Credential.Id).Append('\n').AppendJoin(',', credential.Grants.Select(g => g.IndexId + Convert.ToBase64String(g.Key))).Append('\n');
        }

        var name = keys.ItemId("slots\n" + fingerprint);
        return cache.Remember($"slots-v{SlotTable.FormatVersion}-{name}", () => JsonSerializer.Serialize(
            SlotTable.Build(keys.SiteId, protection.Iterations, new RememberPolicy(protection.RememberDays, protection.RememberOnFiles), credentials), ScriptJson));
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

    /// <summary>Seals a page, a list or a search chunk into the output.</summary>
    private void WriteItem(OutputWriter folder, string itemId, byte[] key, byte[] plaintext, int minimumSize = 4096) =>
        Link(folder, itemId, Seal(itemId, key, plaintext, minimumSize));

    private SealedScript Seal(string itemId, byte[] key, byte[] plaintext, int minimumSize = 4096) =>
        cache.Seal(key, itemId, plaintext, ItemScript(itemId), minimumSize);

    /// <summary>
    /// Links a sealed item into the output, and keeps the hash of its ciphertext for the lists that vouch for it. An entry
    /// sealed again under its name (it was gone from the cache) holds other bytes: the hash tells the output so.
    /// </summary>
    private void Link(OutputWriter folder, string itemId, SealedScript script)
    {
        folder.LinkNamedByContent($"{DataFolder}/{itemId}.js", script.Path, script.Vouch);
        _sealed[itemId] = script;
    }

    private void WriteFile(OutputWriter folder, string itemId, byte[] key, string file, string identity, int stepsPerDoubling = Envelope.StepsPerDoubling)
    {
        var script = cache.SealFile(key, itemId, file, identity, ItemScript(itemId), stepsPerDoubling);
        folder.LinkNamedByContent($"{DataFolder}/{itemId}.js", script);
    }

    /// <summary>The script that hands the sealed item to the shell.</summary>
    internal static Func<byte[], byte[]> ItemScript(string itemId) =>
        sealedItem => Encoding.ASCII.GetBytes($"window.portretItem(\"{itemId}\",\"{Convert.ToBase64String(sealedItem)}\");\n");

    private static Dictionary<string, string> Keys(IReadOnlyDictionary<string, byte[]> media) =>
        media.ToDictionary(pair => pair.Key, pair => Convert.ToBase64String(pair.Value), StringComparer.Ordinal);

    /// <param name="Card">On a portrait's page: its card, which the shell links only for a reader given the card's item.</param>
    private sealed record PagePayload(string Title, string Lang, string Html, Dictionary<string, string> Media, BookletReference? Booklet, CardReference? Card);

    private sealed record CardReference(string Item, string Label);

    /// <summary>A download; its <c>Name</c> is neutral ("boekje.pdf"), so no one's name lands in a Downloads folder or a browser's history.</summary>
    private sealed record BookletReference(string Item, string Key, string Name, string Label);

    /// <param name="Vouch">The hash of each page's (and search chunk's) ciphertext as this build sealed it: an older copy does not match.</param>
    /// <param name="Counter">Higher in every later build whose list changed: a device that saw a higher one is being served an old copy.</param>
    private sealed record IndexPayload(string Name, string Html, Dictionary<string, string> Media, Dictionary<string, string> Pages, Dictionary<string, string> Vouch, long Counter, SearchReference Search);
}

/// <summary>What the shell template sees: only the site's title and its language.</summary>
public sealed record ShellView(string SiteTitle, string Lang, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>The review edition's shell: marked in its title and masthead.</summary>
    public bool ForReview { get; init; }
}
