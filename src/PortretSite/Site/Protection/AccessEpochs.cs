using PortretSite.Publication;

namespace PortretSite.Site.Protection;

/// <summary>A passphrase as the site knows it: its opaque id, and the reader it belongs to (none for an audience password).</summary>
public sealed record Credential(string Id, string? Reader, Password Password);

/// <summary>
/// Who may open what, as one epoch per audience: a digest of the ids of every passphrase that opens it. Take a
/// passphrase or a reader away and the audience gets an epoch none of them ever held, so every key derived with it
/// is new; add one and the epoch moves too, which costs a re-encryption and no one their access. Content keys
/// use the joint epoch of the audiences that read them, so taking an audience off a portrait gives that portrait
/// new keys as well, and content of audiences nobody left keeps its keys and its ciphertext.
/// </summary>
public sealed class AccessEpochs
{
    private readonly Dictionary<string, string> _byAudience;

    private AccessEpochs(IReadOnlyDictionary<string, IReadOnlyList<Credential>> credentials, Dictionary<string, string> byAudience)
    {
        Credentials = credentials;
        _byAudience = byAudience;
    }

    /// <summary>The credentials of each audience that may be published to.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Credential>> Credentials { get; }

    public static AccessEpochs Of(PublicationPlan plan, KeyRing keys)
    {
        var credentials = plan.Readable.ToDictionary(
            a => a.Audience.Id,
            a => (IReadOnlyList<Credential>)[.. a.Passwords.Select(p => new Credential(keys.CredentialId(p.Reader, p.Text), p.Reader, p))],
            StringComparer.Ordinal);
        var epochs = credentials.ToDictionary(c => c.Key, c => keys.Epoch(c.Value.Select(v => v.Id)), StringComparer.Ordinal);
        return new AccessEpochs(credentials, epochs);
    }

    public string Of(string audience) => _byAudience.GetValueOrDefault(audience) ?? "closed";

    /// <summary>The joint epoch of the audiences that may open one item: part of that item's key.</summary>
    public string OfReaders(IEnumerable<string> audiences) =>
        string.Join(',', audiences.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(a => $"{a}:{Of(a)}"));
}
