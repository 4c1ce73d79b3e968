using System.Text.Json;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;

namespace PortretSite.Site.Protection;

/// <summary>
/// What the last build gave access to — per audience its epoch, its passphrases (by opaque id, with the reader's
/// name) and its portraits — so the next build can say who lost access and which keys moved. Kept on this computer
/// only (<see cref="Foundation.SiteLayout.CacheFolderName"/>); without it a build says nothing, and changes nothing about the keys.
/// </summary>
public sealed record AccessRecord(IReadOnlyDictionary<string, AccessRecord.AudienceAccess> Audiences)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record AudienceAccess(string Epoch, IReadOnlyDictionary<string, string?> Credentials, IReadOnlyList<string> Portraits);

    public static AccessRecord Of(AccessEpochs access, PublicationPlan plan) => new(plan.Readable.ToDictionary(
        a => a.Audience.Id,
        a => new AudienceAccess(
            access.Of(a.Audience.Id),
            access.Credentials[a.Audience.Id].ToDictionary(c => c.Id, c => c.Reader, StringComparer.Ordinal),
            [.. a.Portraits.Select(p => p.Slug)]),
        StringComparer.Ordinal));

    public static AccessRecord? Load(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<AccessRecord>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this, Json));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Who lost access since <paramref name="before"/>, and which audiences moved to a new epoch.</summary>
    public IEnumerable<Message> ChangesSince(AccessRecord before)
    {
        foreach (var (id, now) in Audiences.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!before.Audiences.TryGetValue(id, out var then) || then.Epoch == now.Epoch)
            {
                continue;
            }

            var removed = then.Credentials.Where(c => !now.Credentials.ContainsKey(c.Key)).ToList();
            yield return removed.Count > 0
                ? ProtectionMessages.NewEpochRevoked(id, [.. removed.Where(r => r.Value is not null).Select(r => r.Value!).Distinct()], removed.Count(r => r.Value is null))
                : ProtectionMessages.NewEpochAdded(id);
        }

        var lost = before.Audiences
            .SelectMany(a => a.Value.Portraits.Select(slug => (Slug: slug, Audience: a.Key)))
            .Where(p => Audiences.TryGetValue(p.Audience, out var now) ? !now.Portraits.Contains(p.Slug) : true)
            .Where(p => Audiences.Values.Any(a => a.Portraits.Contains(p.Slug)))
            .GroupBy(p => p.Slug, StringComparer.Ordinal);
        foreach (var portrait in lost.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return ProtectionMessages.PortraitTakenAway(portrait.Key, [.. portrait.Select(p => p.Audience)]);
        }
    }
}
