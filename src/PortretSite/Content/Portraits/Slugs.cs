using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PortretSite.Content.Portraits;

/// <summary>Folder names of portraits: lowercase a-z, 0-9 and single dashes.</summary>
public static partial class Slugs
{
    public static bool IsValid(string slug) => Pattern().IsMatch(slug);

    /// <summary>"Maria Van Damme-Çelik" → "maria-van-damme-celik".</summary>
    public static string Suggest(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = Dashes().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length == 0 ? "portret" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();
}
