using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.FrontMatter;
using PortretSite.Content.Recognition;
using PortretSite.Content.Settings;
using PortretSite.Content.Story;
using PortretSite.Content.Text;
using YamlDotNet.RepresentationModel;
using PortretSite.Content;
using PortretSite.Foundation.State;

namespace PortretSite.Content.Portraits;

/// <summary>Loads one portrait folder: front matter, chapters, photos, and every check on them.</summary>
/// <param name="fingerprintAll">Compute every portrait's fingerprint, not only of those that carry an approval (<c>portret approve</c>).</param>
/// <param name="hashesOf">Where the hashes of a portrait's photos and recordings are remembered by size and time; without it (approving) every file is read.</param>
public sealed class PortraitLoader(SiteSettings settings, bool fingerprintAll = false, Func<PortraitFolder, FileHashes>? hashesOf = null)
{
    public const string IndexFile = "index.md";

    public Portrait? Load(string fullFolder, string relativeFolder, DiagnosticBag diagnostics) =>
        Load(new PortraitFolder(fullFolder, relativeFolder), diagnostics);

    /// <inheritdoc cref="Load(string, string, DiagnosticBag)"/>
    public Portrait? Load(PortraitFolder folder, DiagnosticBag diagnostics)
    {
        var (fullFolder, relativeFolder) = (folder.FullPath, folder.RelativePath);
        var slug = Path.GetFileName(fullFolder);
        var indexDisplay = folder.Display(IndexFile);
        if (!Slugs.IsValid(slug))
        {
            diagnostics.Error(relativeFolder, null, ContentMessages.BadSlug(slug));
        }

        var indexPath = Path.Combine(fullFolder, IndexFile);
        if (!File.Exists(indexPath))
        {
            diagnostics.Error(indexDisplay, null, ContentMessages.IndexMissing);
            return null;
        }

        if (FrontMatterFile.Read(indexPath, indexDisplay, diagnostics, settings.Limits.MaxFileBytes) is not ({ } document, { } root))
        {
            return null;
        }

        var fields = new YamlFields(indexDisplay, document.YamlFirstLine, diagnostics);
        var portrait = new Portrait
        {
            Slug = slug,
            RelativeFolder = relativeFolder,
            FullFolder = folder.FullPath,
            Name = slug,
            Language = settings.Language,
        };
        portrait = new FrontMatterBinder(fields, folder).Bind(root, portrait);
        AudienceReferences.CheckKnown(portrait.Audiences, root.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "audiences" }).Value, settings, fields);
        foreach (var consent in portrait.Consent ?? [])
        {
            // A consent for an audience the settings do not know consents to nothing: said where it was written.
            AudienceReferences.CheckKnown(consent.Audiences ?? [], ConsentAudiencesAt(root, consent.Line, fields), settings, fields);
        }

        VisibilityRules.Check(portrait, root, fields);

        var sources = new List<StorySource> { new(IndexFile, document.BodyFirstLine, document.Body) };
        sources.AddRange(ChapterFiles(folder, portrait, diagnostics));
        var story = StoryChecker.Check(sources, portrait.Language, folder, diagnostics, portrait.Clips);

        var photos = AllPhotos(folder, portrait.Photos);
        if (photos.Count > settings.Limits.MaxPhotosPerPortrait)
        {
            diagnostics.Error(relativeFolder, null, ContentMessages.TooManyPhotos(photos.Count, settings.Limits.MaxPhotosPerPortrait));
        }

        foreach (var photo in photos.Where(p => string.IsNullOrWhiteSpace(p.Alt)))
        {
            diagnostics.Warning(indexDisplay, null, ContentMessages.MissingAlt(photo.File.RelativePath));
        }

        // Hashing every photo and recording costs a read of each: only a portrait whose approval is checked, or is being approved, pays it.
        var fingerprint = fingerprintAll || portrait.Approved?.Fingerprint is not null
            ? PortraitFingerprint.Of(root, sources, photos.Select(p => p.File).Concat(portrait.Clips.Select(c => c.File)), HashOf(folder))
            : null;
        return portrait with { Story = story, Photos = photos, Fingerprint = fingerprint };
    }

    /// <summary>A file's hash for the fingerprint: remembered when its size and time, as the folder's listing found them, are unchanged.</summary>
    private Func<string, string> HashOf(PortraitFolder folder)
    {
        if (hashesOf?.Invoke(folder) is not { } hashes)
        {
            return FileHashes.Compute;
        }

        return path => folder.SizeAndTime(path) is var (length, ticks) ? hashes.Of(path, length, ticks) : hashes.Of(path);
    }

    /// <summary>The <c>audiences</c> node of the consent item that starts on <paramref name="line"/>.</summary>
    private static YamlNode? ConsentAudiencesAt(YamlMappingNode root, int line, YamlFields fields) =>
        (root.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "consent" }).Value as YamlSequenceNode)?.Children
            .OfType<YamlMappingNode>()
            .FirstOrDefault(item => fields.Line(item) == line)?
            .Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "audiences" }).Value;

    /// <summary>Extra chapters: every other <c>.md</c> file directly in the folder, in file name order.</summary>
    private IEnumerable<StorySource> ChapterFiles(PortraitFolder folder, Portrait portrait, DiagnosticBag diagnostics)
    {
        var files = Directory.EnumerateFiles(folder.FullPath, "*.md")
            .Where(path => !string.Equals(Path.GetFileName(path), IndexFile, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var text = TextFileReader.Read(path, folder.Display(name), diagnostics, settings.Limits.MaxFileBytes);
            if (text is not null && ChapterFile.Read(name, text, folder.Display(name), portrait, diagnostics) is { } chapter)
            {
                yield return chapter;
            }
        }
    }

    /// <summary>The photos listed in the front matter in their order, then every other photo file by name.</summary>
    private static List<PortraitPhoto> AllPhotos(PortraitFolder folder, IReadOnlyList<PortraitPhoto> listed)
    {
        var photos = new List<PortraitPhoto>(listed);
        foreach (var relative in folder.PhotoFiles())
        {
            if (!photos.Any(p => p.File.RelativePath == relative))
            {
                photos.Add(new PortraitPhoto(new PhotoRef(relative, relative, Path.Combine(folder.FullPath, relative)), null, null, Listed: false));
            }
        }

        return photos;
    }
}
