using PortretSite.Content.Portraits;
using PortretSite.Content.Text;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.FrontMatter;

/// <summary>
/// A Markdown file that opens with front matter (a portrait's <c>index.md</c>, a site page), read up to its keys:
/// an unreadable, empty or unclosed file, or keys that cannot be read, is reported and gives nothing.
/// </summary>
public static class FrontMatterFile
{
    public static (SplitDocument Document, YamlMappingNode Keys)? Read(string path, string display, DiagnosticBag diagnostics, long maxBytes)
    {
        var text = TextFileReader.Read(path, display, diagnostics, maxBytes);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(display, null, ContentMessages.EmptyFile);
            return null;
        }

        var (document, problem) = FrontMatterSplitter.Split(text);
        if (document is null)
        {
            diagnostics.Error(display, 1, problem == FrontMatterSplitter.Problem.NotClosed ? ContentMessages.FrontMatterNotClosed : ContentMessages.NoFrontMatter);
            return null;
        }

        return FrontMatterParser.Parse(document, display, diagnostics) is { } keys ? (document, keys) : null;
    }
}
