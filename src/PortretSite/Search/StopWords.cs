namespace PortretSite.Search;

/// <summary>
/// Words too common to find anything by: left out of the index, and handed to the browser in the audience's
/// search list, so a query skips the same words without a second copy of this list in JavaScript.
/// </summary>
public static class StopWords
{
    public static readonly IReadOnlySet<string> All = new SortedSet<string>(StringComparer.Ordinal)
    {
        // Dutch
        "aan", "al", "als", "bij", "dan", "dat", "de", "den", "der", "die", "dit", "door", "een", "en", "er", "het",
        "hij", "hem", "haar", "hun", "ik", "in", "is", "je", "ja", "maar", "me", "met", "mij", "na", "naar", "nee",
        "niet", "nog", "nu", "of", "om", "ons", "onze", "ook", "op", "over", "te", "tot", "toe", "uit", "van", "voor",
        "was", "wat", "we", "wel", "werd", "wie", "wij", "zo", "ze", "zij", "zich", "zijn", "zou",
        // English
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "i", "it", "its", "my", "not", "of", "on", "or", "our", "she", "so", "that", "the", "their", "they",
        "this", "to", "we", "were", "with", "you",
    };
}
