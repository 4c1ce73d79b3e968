using System.Globalization;
using System.Text;

namespace PortretSite.Search;

/// <summary>
/// How every word is compared, at build time and in the browser (<c>find.js</c> folds the same way):
/// lower case, diacritics removed (Josée = josee), split at everything that is not a letter or a digit.
/// </summary>
public static class TextFolding
{
    /// <summary>"Josée" → "josee", "Ærø" → "ærø" with its accents gone: NFD, combining marks dropped, lower case.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
