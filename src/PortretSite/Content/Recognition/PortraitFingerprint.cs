using System.Security.Cryptography;
using System.Text;
using PortretSite.Content.Portraits;
using PortretSite.Foundation.State;
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
    /// <param name="hashOf">The SHA-256 of a photo or recording file: read in full, or remembered by size and time (<see cref="FileHashes"/>).</param>
    public static ContentFingerprint Of(YamlMappingNode frontMatter, IEnumerable<StorySource> stories, IEnumerable<PhotoRef> photos, Func<string, string> hashOf)
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
            files.Add(new FileFingerprint(photo.RelativePath, hashOf(photo.FullPath)));
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
