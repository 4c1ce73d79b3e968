namespace PortretSite.Search;

/// <summary>
/// A light stemmer for Dutch and English, on folded words: it takes off the endings of plurals, verbs and
/// "-ing" words so "wandelingen", "wandeling" and "wandelen" meet at "wandel". The browser stems a query with
/// the same rules (<c>find.js</c>); a test runs both on every word of the sample and compares.
/// Light on purpose: a search misses less by joining too much than by joining too little.
/// </summary>
public static class LightStemmer
{
    private const int MinimumStem = 3;

    public static string Stem(string word, string language) =>
        word.Length <= MinimumStem ? word : language == "en" ? English(word) : Dutch(word);

    private static string Dutch(string word)
    {
        if (word.EndsWith("heden", StringComparison.Ordinal))
        {
            return word[..^5] + "heid";
        }

        var stem = word;
        foreach (var suffix in (string[])["ingen", "ing", "en", "s", "e"])
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < MinimumStem)
            {
                continue;
            }

            var rest = word[..^suffix.Length];
            if (suffix is "en" or "s" or "e" && IsVowel(rest[^1]))
            {
                continue;
            }

            if (suffix == "s" && rest[^1] is 's' or 'j')
            {
                continue;
            }

            stem = rest;
            break;
        }

        stem = UndoubleConsonant(stem, "");
        // "jaar" and "jaren", "groot" and "grote": an open syllable writes the long vowel once.
        if (stem.Length >= 4 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && stem[^2] == stem[^3] && !IsVowel(stem[^4]))
        {
            stem = stem[..^2] + stem[^1];
        }

        return stem;
    }

    private static string English(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length - 3 >= MinimumStem && word[..^3].Any(IsVowel))
        {
            return WithoutFinalE(UndoubleConsonant(word[..^3], "lsz"));
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length - 2 >= MinimumStem && word[..^2].Any(IsVowel))
        {
            return WithoutFinalE(UndoubleConsonant(word[..^2], "lsz"));
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length - 2 >= MinimumStem && word[^3] is 's' or 'x' or 'z' or 'h')
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && word[^2] is not ('s' or 'u' or 'i'))
        {
            return WithoutFinalE(word[..^1]);
        }

        return WithoutFinalE(word);
    }

    /// <summary>"dance" and "dancing" meet at "danc".</summary>
    private static string WithoutFinalE(string stem) => stem.Length > MinimumStem && stem.EndsWith('e') ? stem[..^1] : stem;

    /// <summary>"bakk" (bakken) → "bak", "runn" (running) → "run"; the letters in <paramref name="kept"/> stay doubled (English "fall", "miss").</summary>
    private static string UndoubleConsonant(string stem, string kept) =>
        stem.Length > MinimumStem && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && !kept.Contains(stem[^1]) ? stem[..^1] : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
