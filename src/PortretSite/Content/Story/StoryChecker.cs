using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Portraits;
using PortretSite.Content;

namespace PortretSite.Content.Story;

/// <summary>
/// Parses and checks the Markdown of a portrait before anything is rendered: photos inside the
/// folder (resolved once, for the pages and booklets to place), links a reader can follow, no raw
/// HTML, no pathological nesting.
/// </summary>
public static class StoryChecker
{
    public const int MaxDepth = 16;

    /// <param name="clips">The clips of the front matter: an image whose file is a recording places one of them (<c>![title](audio/….m4a)</c>).</param>
    public static PortraitStory Check(IReadOnlyList<StorySource> sources, string language, PortraitFolder folder, DiagnosticBag diagnostics, IReadOnlyList<PortraitClip>? clips = null)
    {
        var text = StoryText.Join(sources);
        var photos = new Dictionary<LinkInline, PhotoRef>(ReferenceEqualityComparer.Instance);
        var placed = new Dictionary<LinkInline, PortraitClip>(ReferenceEqualityComparer.Instance);
        var found = new Found(photos, placed, clips ?? []);
        if (text.TryParse(language, out var document))
        {
            CheckNodes(document, text, folder, diagnostics, found);
            return new PortraitStory(sources, document, photos) { Clips = placed };
        }

        // Too deep to parse as one: each file on its own tells which one, and what else is wrong in the others.
        foreach (var source in sources)
        {
            var alone = StoryText.Join([source]);
            if (alone.TryParse(language, out var sourceDocument))
            {
                CheckNodes(sourceDocument, alone, folder, diagnostics, found);
            }
            else
            {
                diagnostics.Error(folder.Display(source.RelativePath), DeepestLine(source), ContentMessages.TooDeep(MaxDepth));
            }
        }

        return new PortraitStory(sources, null, photos) { Clips = placed };
    }

    /// <summary>What the check collects: the photo each image resolved to, the clip each recording places.</summary>
    private sealed record Found(Dictionary<LinkInline, PhotoRef> Photos, Dictionary<LinkInline, PortraitClip> Placed, IReadOnlyList<PortraitClip> Clips);

    private static void CheckNodes(MarkdownDocument document, StoryText text, PortraitFolder folder, DiagnosticBag diagnostics, Found found)
    {
        var tooDeep = new HashSet<StorySource>(ReferenceEqualityComparer.Instance);
        foreach (var node in document.Descendants())
        {
            var (source, line) = text.Locate(node.Line);
            if (tooDeep.Contains(source))
            {
                continue;
            }

            var display = folder.Display(source.RelativePath);
            switch (node)
            {
                case HtmlBlock html:
                    diagnostics.Error(display, line, ContentMessages.RawHtml(Snippet(html.Lines.ToString())));
                    break;
                case HtmlInline html:
                    diagnostics.Error(display, line, ContentMessages.RawHtml(Snippet(html.Tag)));
                    break;
                case LinkInline { IsImage: true } image when PortraitFolder.IsAudioFile(image.Url ?? ""):
                    PlaceClip(image, folder, display, line, diagnostics, found);
                    break;
                case LinkInline { IsImage: true } image:
                    if (folder.ResolvePhoto(image.Url ?? "", display, line, diagnostics) is { } photo)
                    {
                        found.Photos[image] = photo;
                    }

                    break;
                case LinkInline link when !IsFollowable(link.Url):
                    diagnostics.Error(display, line, ContentMessages.BadLink(link.Url ?? ""));
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !IsFollowable(autolink.Url):
                    diagnostics.Error(display, line, ContentMessages.BadLink(autolink.Url));
                    break;
                case ContainerBlock container when Depth(container) > MaxDepth:
                    diagnostics.Error(display, line, ContentMessages.TooDeep(MaxDepth));
                    tooDeep.Add(source);
                    break;
            }
        }
    }

    private static void PlaceClip(LinkInline image, PortraitFolder folder, string display, int line, DiagnosticBag diagnostics, Found found)
    {
        if (folder.ResolveClip(image.Url ?? "", display, line, diagnostics) is not { } file)
        {
            return;
        }

        if (found.Clips.FirstOrDefault(c => c.Id == file.RelativePath) is { } clip)
        {
            found.Placed[image] = clip;
        }
        else
        {
            diagnostics.Error(display, line, ContentMessages.ClipNotListed(image.Url ?? ""));
        }
    }

    /// <summary>The first line that opens more quotes or list levels than allowed.</summary>
    private static int DeepestLine(StorySource source)
    {
        var lines = source.Markdown.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().TakeWhile(c => c is '>' or ' ' or '-' or '*').Count(c => c is '>' or '-' or '*') > MaxDepth || (l.Length - l.TrimStart().Length) / 2 > MaxDepth);
        return (index < 0 ? 0 : index) + source.FirstLine;
    }

    public static bool IsFollowable(string? url) =>
        url is not null && (url.StartsWith('#')
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase));

    private static int Depth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        return depth;
    }

    private static string Snippet(string text)
    {
        var line = text.Trim().Split('\n')[0];
        return line.Length <= 40 ? line : line[..37] + "…";
    }
}
