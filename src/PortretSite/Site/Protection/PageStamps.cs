using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PortretSite.Site.Protection;

/// <summary>
/// The stamps of what sealed pages and lists are made from: what every one of them shares (the tool, the environment,
/// the settings, the theme, <see cref="Foundation.State.SourceStamp.OfSite"/>, and the day, as role periods are shown
/// against today), then the lines of its own.
/// </summary>
public sealed class PageStamps(string shared)
{
    private readonly byte[] _shared = Encoding.UTF8.GetBytes(shared + "\n" + DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n");

    /// <summary>The stamp of <paramref name="lines"/>, and of <paramref name="rest"/> after them.</summary>
    public string Of(IEnumerable<string> lines, byte[]? rest = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_shared);
        foreach (var line in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        }

        if (rest is not null)
        {
            hash.AppendData(rest);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
