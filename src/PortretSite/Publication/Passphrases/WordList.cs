namespace PortretSite.Publication.Passphrases;

/// <summary>
/// The words generated passphrases are made of: 7,776 per language (6⁵, a diceware list), lower case,
/// no two alike. Dutch from the OpenTaal word list, English the EFF large list (docs/WORDLISTS.md).
/// </summary>
public sealed class WordList
{
    private static readonly Dictionary<string, WordList> Loaded = new(StringComparer.Ordinal);

    private WordList(string language, IReadOnlyList<string> words)
    {
        Language = language;
        Words = words;
        Contains = words.ToHashSet(StringComparer.Ordinal);
    }

    public string Language { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlySet<string> Contains { get; }

    /// <summary>The bits one word drawn uniformly from this list adds.</summary>
    public double BitsPerWord => Math.Log2(Words.Count);

    /// <summary>The list of <paramref name="language"/> (<c>nl</c> or <c>en</c>); Dutch for any other.</summary>
    public static WordList For(string language)
    {
        var name = language == "en" ? "en" : "nl";
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var list))
            {
                Loaded[name] = list = Read(name);
            }

            return list;
        }
    }

    private static WordList Read(string language)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream($"wordlists/wordlist.{language}.txt")
            ?? throw new InvalidOperationException($"the {language} word list is missing from the build");
        using var reader = new StreamReader(stream);
        var words = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new WordList(language, words);
    }
}
