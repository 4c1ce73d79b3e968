using PortretSite.Content.Settings;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Publication;

/// <summary>A passphrase that opens an audience. It never prints itself: logs and exceptions see a mask.</summary>
public sealed record Password(string Text)
{
    public const int MinimumLength = 12;

    public override string ToString() => "••••••";
}

/// <summary>
/// The passwords of each audience, never from the repository: <c>PORTRET_PASSWORD_&lt;AUDIENCE&gt;</c>
/// (several separated by newlines) or the git-ignored <see cref="SiteLayout.PasswordsFileName"/> with lines
/// <c>audience-id: passphrase</c>. An audience set in the environment ignores the file.
/// </summary>
public sealed class AudiencePasswords
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Password>> _byAudience;

    private AudiencePasswords(IReadOnlyDictionary<string, IReadOnlyList<Password>> byAudience) => _byAudience = byAudience;

    public static string VariableFor(string audience) => "PORTRET_PASSWORD_" + audience.ToUpperInvariant().Replace('-', '_');

    /// <summary>The passwords of <paramref name="audience"/>; none when it has none.</summary>
    public IReadOnlyList<Password> For(string audience) => _byAudience.GetValueOrDefault(audience) ?? [];

    /// <summary>Passwords as <c>(audience, passphrase)</c> pairs, in the order given; repeated ones count once.</summary>
    public static AudiencePasswords Of(IEnumerable<(string Audience, string Passphrase)> pairs) => new(
        pairs.GroupBy(p => p.Audience, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Password>)[.. g.Select(p => p.Passphrase).Distinct(StringComparer.Ordinal).Select(p => new Password(p))],
            StringComparer.Ordinal));

    public static AudiencePasswords Load(string root, IReadOnlyList<Audience> audiences, DiagnosticBag diagnostics)
    {
        var fromFile = ReadFile(new SiteLayout(root).PasswordsFile, audiences, diagnostics);
        var pairs = new List<(string, string)>();
        foreach (var audience in audiences)
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(VariableFor(audience.Id))?
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            IReadOnlyList<string> passwords = fromEnvironment is { Length: > 0 } ? fromEnvironment : fromFile.GetValueOrDefault(audience.Id) ?? [];
            foreach (var shortOne in passwords.Where(p => p.Length < Password.MinimumLength))
            {
                diagnostics.Error(SiteLayout.PasswordsFileName, null, PublicationMessages.PasswordTooShort(audience.Id, shortOne.Length));
            }

            pairs.AddRange(passwords.Select(p => (audience.Id, p)));
        }

        return Of(pairs);
    }

    private static Dictionary<string, List<string>> ReadFile(string path, IReadOnlyList<Audience> audiences, DiagnosticBag diagnostics)
    {
        var passwords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return passwords;
        }

        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == line.Length - 1)
            {
                diagnostics.Error(SiteLayout.PasswordsFileName, i + 1, PublicationMessages.BadPasswordLine(i + 1));
                continue;
            }

            var audience = line[..colon].Trim();
            if (!audiences.Any(a => a.Id == audience))
            {
                diagnostics.Error(SiteLayout.PasswordsFileName, i + 1, PublicationMessages.UnknownAudienceInPasswords(audience, i + 1));
                continue;
            }

            if (!passwords.TryGetValue(audience, out var list))
            {
                passwords[audience] = list = [];
            }

            list.Add(line[(colon + 1)..].Trim());
        }

        return passwords;
    }
}
