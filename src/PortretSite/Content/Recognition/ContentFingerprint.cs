using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PortretSite.Content.Recognition;

/// <summary>One file of what was recognised, and the hash of what counts in it: its text without layout or comments, or a photo's bytes.</summary>
/// <param name="Hash">Lowercase hex: the whole hash when computed, its first <see cref="WrittenLength"/> characters when read back from the front matter.</param>
public sealed partial record FileFingerprint(string Path, string Hash)
{
    /// <summary>Enough to tell a changed file from an unchanged one; the whole portrait's hash is written in full.</summary>
    public const int WrittenLength = 12;

    /// <summary>As <c>approved.files</c> holds it, hash first (as <c>sha256sum</c> does), so a file name with spaces stays whole.</summary>
    public string Written => $"{Hash[..Math.Min(WrittenLength, Hash.Length)]} {Path}";

    public static FileFingerprint? Parse(string written)
    {
        var match = WrittenForm().Match(written.Trim());
        return match.Success ? new FileFingerprint(match.Groups["path"].Value, match.Groups["hash"].Value) : null;
    }

    public bool Matches(FileFingerprint other) =>
        Path == other.Path && (Hash.StartsWith(other.Hash, StringComparison.Ordinal) || other.Hash.StartsWith(Hash, StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<hash>[0-9a-f]{12})\s+(?<path>\S.*)$")]
    private static partial Regex WrittenForm();
}

/// <summary>
/// What a portrait holds, as a hash over each of its files: <c>index.md</c> (its front matter and
/// story, without the keys that say who may read it), every chapter and every photo. Approving writes
/// it; a later one that differs means the portrait changed since someone recognised it.
/// </summary>
public sealed partial record ContentFingerprint(string Value, IReadOnlyList<FileFingerprint> Files)
{
    public const string Prefix = "sha256:";

    public string Written => Prefix + Value;

    /// <summary>The hash of the whole from the hashes of its files, in path order.</summary>
    public static ContentFingerprint Of(IEnumerable<FileFingerprint> files)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var text = string.Concat(ordered.Select(f => $"{f.Hash} {f.Path}\n"));
        return new ContentFingerprint(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), ordered);
    }

    /// <summary>The hex of a written <c>sha256:…</c>, or null when it is not one.</summary>
    public static string? ParseValue(string written) => WrittenValue().Match(written.Trim()) is { Success: true } match ? match.Groups["hex"].Value : null;

    public bool SameAs(ContentFingerprint approved) => Value == approved.Value;

    /// <summary>
    /// The files that differ from <paramref name="approved"/>: changed, added or removed, in path order.
    /// Empty when only the whole differs (its file list was edited by hand): the caller then names the portrait.
    /// </summary>
    public IReadOnlyList<string> ChangedSince(ContentFingerprint approved)
    {
        var now = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var then = approved.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return [.. now.Keys.Union(then.Keys)
            .Where(path => !(now.TryGetValue(path, out var a) && then.TryGetValue(path, out var b) && a.Matches(b)))
            .Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^sha256:(?<hex>[0-9a-f]{64})$")]
    private static partial Regex WrittenValue();
}
