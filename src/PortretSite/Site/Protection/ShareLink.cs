namespace PortretSite.Site.Protection;

/// <summary>
/// A link that opens the site for one reader without typing: the reader's device key (<see cref="KeyRing.DeviceKey"/>)
/// in the URL fragment (<c>#r=…</c>), which browsers never send to a server. The page takes it out of the address
/// bar and the history as it opens. Revoking the reader stops the link with their passphrase.
/// </summary>
public static class ShareLink
{
    public static string For(KeyRing keys, string reader, string passphrase, string siteAddress)
    {
        var key = Convert.ToBase64String(keys.DeviceKey(keys.CredentialId(reader, passphrase))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return siteAddress.Split('#')[0] + "#r=" + key;
    }

    /// <summary>The address a link leads to: the published site's (<c>SiteUrl</c>), or the built site's page on this computer.</summary>
    public static string SiteAddress(string? siteUrl, string siteFolder) =>
        siteUrl is { Length: > 0 } ? siteUrl : new Uri(Path.Combine(Path.GetFullPath(siteFolder), "index.html")).AbsoluteUri;
}
