using System.Security.Cryptography;

namespace PortretSite.Publication.Passphrases;

/// <summary>A generated passphrase and what it is worth: the words drawn and the entropy they carry.</summary>
public sealed record GeneratedPassphrase(string Text, int WordCount, int ListSize)
{
    public double EntropyBits => WordCount * Math.Log2(ListSize);

    public override string ToString() => "••••••";
}

/// <summary>
/// Draws passphrases from the operating system's cryptographic random source: each word uniformly
/// from a 7,776-word list, so six words carry 77.5 bits — beyond a year of guessing on many GPUs
/// at 600,000 PBKDF2 iterations. Nothing of the reader or the site goes into it.
/// </summary>
public static class PassphraseGenerator
{
    public const int DefaultWords = 6;

    /// <summary>The floor for a generated passphrase: the word count is raised until it is reached.</summary>
    public const double MinimumBits = 77;

    public static GeneratedPassphrase Generate(string language, int words = DefaultWords)
    {
        var list = WordList.For(language);
        var count = Math.Max(words, (int)Math.Ceiling(MinimumBits / list.BitsPerWord));
        var drawn = Enumerable.Range(0, count).Select(_ => list.Words[RandomNumberGenerator.GetInt32(list.Words.Count)]);
        return new GeneratedPassphrase(string.Join(' ', drawn), count, list.Words.Count);
    }
}
