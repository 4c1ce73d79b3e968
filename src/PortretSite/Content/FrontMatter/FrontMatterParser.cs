using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.FrontMatter;

/// <summary>
/// Reads the keys of a portrait's front matter. When they cannot be read, or a text swallowed the
/// keys after it, it names the line where the editor made the mistake and how to fix it; the
/// parser's own words go only into the diagnostic's detail, for <c>--verbose</c>.
/// </summary>
public static class FrontMatterParser
{
    public static YamlMappingNode? Parse(SplitDocument document, string display, DiagnosticBag diagnostics)
    {
        var pitfalls = PitfallScanner.Scan(document.Yaml, document.YamlFirstLine);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(document.Yaml));
        }
        // YamlDotNet throws ArgumentException for some broken nodes (an alias as a key inside a list).
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            ReportUnreadable(document, display, pitfalls, ex, diagnostics);
            return null;
        }

        var hiding = pitfalls.Where(p => p.HidesLaterKeys).ToList();
        if (hiding.Count > 0)
        {
            diagnostics.AddRange(hiding.Select(p => Diagnostic.Error(display, p.Line, p.Message)));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Error(display, document.YamlFirstLine, ContentMessages.Required("name"));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(display, document.YamlFirstLine, ContentMessages.FrontMatterNotMapping);
            return null;
        }

        return root;
    }

    private static void ReportUnreadable(SplitDocument document, string display, IReadOnlyList<Pitfall> pitfalls, Exception exception, DiagnosticBag diagnostics)
    {
        var detail = ParserText(exception);
        if (pitfalls.Count > 0)
        {
            diagnostics.AddRange(pitfalls.Select(p => Diagnostic.Error(display, p.Line, p.Message) with { Detail = detail }));
            return;
        }

        // No known mistake: the parser's line, kept inside the front matter it read.
        var lastLine = document.YamlFirstLine + document.Yaml.Count(c => c == '\n');
        var line = exception is YamlException yaml ? (int)yaml.Start.Line + document.YamlFirstLine - 1 : lastLine;
        diagnostics.Add(Diagnostic.Error(display, Math.Clamp(line, document.YamlFirstLine, lastLine), PitfallMessages.NotUnderstood) with { Detail = detail });
    }

    private static string ParserText(Exception exception) => ((exception as YamlException)?.InnerException ?? exception).Message;
}
