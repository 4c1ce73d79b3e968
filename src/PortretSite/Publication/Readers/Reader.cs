using System.Globalization;
using System.Text;

namespace PortretSite.Publication.Readers;

/// <summary>
/// A person who reads the site with a passphrase of their own. Only the name and the audiences are
/// written down (<c>readers.json</c>, which may be committed); the passphrase lives on the editor's
/// computer or in the build server's environment. A revoked reader stays listed, with the date.
/// </summary>
public sealed record Reader(string Name, IReadOnlyList<string> Audiences, DateOnly Added)
{
    public DateOnly? Revoked { get; init; }

    public bool Active => Revoked is null;

    /// <summary>The environment variable that holds this reader's passphrase on a build server.</summary>
    public string Variable => "PORTRET_READER_" + Simple('_').ToUpperInvariant();

    /// <summary>A file name for things made for this reader (an invitation card): letters, digits and dashes.</summary>
    public string FileName => Simple('-').ToLowerInvariant();

    public static bool IsValidName(string name) => name.Trim().Length > 0 && !name.Contains(':') && !name.Contains('\n');

    private string Simple(char separator)
    {
        var text = new StringBuilder();
        foreach (var c in Name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && text.Length > 0 && text[^1] != separator)
            {
                text.Append(separator);
            }
        }

        return text.ToString().Trim(separator);
    }
}
