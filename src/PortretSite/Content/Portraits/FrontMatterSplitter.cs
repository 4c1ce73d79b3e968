namespace PortretSite.Content.Portraits;

/// <summary>The two halves of a Markdown file that starts with YAML between '---' lines.</summary>
public sealed record SplitDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

public static class FrontMatterSplitter
{
    public enum Problem
    {
        None,
        Missing,
        NotClosed,
    }

    public static (SplitDocument? Document, Problem Problem) Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return (null, Problem.Missing);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return (new SplitDocument(yaml, 2, body, i + 2), Problem.None);
            }
        }

        return (null, Problem.NotClosed);
    }
}
