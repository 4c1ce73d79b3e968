using System.Text.RegularExpressions;

namespace PortretSite.Publication.Passphrases;

/// <summary>
/// A cautious estimate of how many guesses a passphrase someone chose costs, in bits. It counts
/// what an attacker with word lists counts: a word of a language carries about 2.3 bits a letter and
/// at most as much as a word drawn from a diceware list; digits 3.3 bits each; a repeated part adds
/// nothing. It underrates random character strings — on purpose: the advice is a generated passphrase.
/// </summary>
public static partial class PassphraseStrength
{
    /// <summary>The least a passphrase an editor sets must reach; generated ones carry 77 bits or more.</summary>
    public const double MinimumBits = 50;

    private const double BitsPerLetter = 2.3;
    private const double BitsPerDigit = 3.32;
    private const double BitsPerSymbol = 2;

    public static double EstimateBits(string passphrase)
    {
        var maximumPerWord = WordList.For("nl").BitsPerWord;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bits = 0.0;
        foreach (Match part in Parts().Matches(passphrase.ToLowerInvariant()))
        {
            if (!seen.Add(part.Value))
            {
                continue;
            }

            bits += char.IsLetter(part.Value[0]) ? Math.Min(maximumPerWord, BitsPerLetter * part.Length)
                : char.IsDigit(part.Value[0]) ? BitsPerDigit * part.Length
                : BitsPerSymbol * part.Length;
        }

        return bits;
    }

    public static bool IsStrongEnough(string passphrase) => EstimateBits(passphrase) >= MinimumBits;

    [GeneratedRegex(@"\p{L}+|\p{Nd}+|[^\p{L}\p{Nd}\s]+")]
    private static partial Regex Parts();
}
