using System.Security.Cryptography;
using System.Text;
using PortretSite.Content.Portraits;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Recognition;

/// <summary>
/// Computes the <see cref="ContentFingerprint"/> of a portrait as it is on disk: what the person or
/// the family recognised. The keys that say who may read it and whether it was approved
/// (<see cref="PortraitSchema.PublicationKeys"/>) are left out, so approving, or consent given later,
/// changes nothing.
/// </summary>
public static class PortraitFingerprint
{
    /// <param name="stories">The story's Markdown sources; the one named <see cref="PortraitLoader.IndexFile"/> is the body of <c>index.md</c>.</param>
    public static ContentFingerprint Of(YamlMappingNode frontMatter, IEnumerable<StorySource> stories, IEnumerable<PhotoRef> photos)
    {
        var files = new List<FileFingerprint>();
        foreach (var story in stories)
        {
            var text = CanonicalText.Of(story.Markdown);
            if (story.RelativePath == PortraitLoader.IndexFile)
            {
                text = CanonicalText.Of(WithoutPublicationKeys(frontMatter)) + "\n---\n" + text;
            }

            files.Add(new FileFingerprint(story.RelativePath, Hash(Encoding.UTF8.GetBytes(text))));
        }

        foreach (var photo in photos.DistinctBy(p => p.RelativePath))
        {
            using var stream = File.OpenRead(photo.FullPath);
            files.Add(new FileFingerprint(photo.RelativePath, Convert.ToHexStringLower(SHA256.HashData(stream))));
        }

        return ContentFingerprint.Of(files);
    }

    private static YamlMappingNode WithoutPublicationKeys(YamlMappingNode frontMatter)
    {
        var kept = new YamlMappingNode();
        foreach (var (key, value) in frontMatter.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || !PortraitSchema.PublicationKeys.Contains(name))
            {
                kept.Add(key, value);
            }
        }

        return kept;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
