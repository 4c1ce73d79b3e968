namespace PortretSite.Foundation.State;

/// <summary>One <c>key: value</c> line of a secrets file, with its line number for messages.</summary>
public sealed record SecretLine(string Key, string Value, int Line);

/// <summary>
/// The git-ignored files of passphrases in the local state folder (audience passwords, readers' and review
/// passphrases): lines <c>key: value</c>, blank lines and <c>#</c> comments ignored, written readable by their owner only.
/// </summary>
public static class SecretLines
{
    /// <summary>The lines of <paramref name="path"/> (none when it does not exist); <paramref name="badLine"/> hears of each line without a key and a value.</summary>
    public static IReadOnlyList<SecretLine> Read(string path, Action<int> badLine)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var read = new List<SecretLine>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == line.Length - 1)
            {
                badLine(i + 1);
                continue;
            }

            read.Add(new SecretLine(line[..colon].Trim(), line[(colon + 1)..].Trim(), i + 1));
        }

        return read;
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="header"/> and one line per pair, sorted by key.</summary>
    public static void Write(string root, string path, string header, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        LocalStateFolder.Ensure(root);
        PrivateFile.Write(path, header + string.Concat(pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}\n")));
    }
}
