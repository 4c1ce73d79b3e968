using PortretSite.Content.Settings;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.State;
using PortretSite.Publication.Passphrases;
using PortretSite.Publication.Readers;

namespace PortretSite.Publication;

/// <summary>
/// A passphrase that opens an audience: an audience password, or a named reader's own (<see cref="Reader"/>).
/// It never prints itself: logs and exceptions see a mask.
/// </summary>
public sealed record Password(string Text)
{
    /// <summary>The reader whose passphrase this is; none for an audience's shared password.</summary>
    public string? Reader { get; init; }

    public override string ToString() => "••••••";
}

/// <summary>
/// The passwords of each audience, never from the repository: <c>PORTRET_PASSWORD_&lt;AUDIENCE&gt;</c>
/// (several separated by newlines) or the git-ignored <see cref="SiteLayout.PasswordsFileName"/> with lines
/// <c>audience-id: passphrase</c>. An audience set in the environment ignores the file. Beside them, each
/// active reader of <see cref="SiteLayout.ReadersFileName"/> opens their audiences with their own passphrase.
/// </summary>
public sealed class AudiencePasswords
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Password>> _byAudience;

    private AudiencePasswords(IReadOnlyDictionary<string, IReadOnlyList<Password>> byAudience) => _byAudience = byAudience;

    public static string VariableFor(string audience) => "PORTRET_PASSWORD_" + audience.ToUpperInvariant().Replace('-', '_');

    /// <summary>The passwords of <paramref name="audience"/>; none when it has none.</summary>
    public IReadOnlyList<Password> For(string audience) => _byAudience.GetValueOrDefault(audience) ?? [];

    /// <summary>Passwords as <c>(audience, passphrase)</c> pairs, in the order given; repeated ones count once.</summary>
    public static AudiencePasswords Of(IEnumerable<(string Audience, string Passphrase)> pairs) =>
        Of(pairs.Select(p => (p.Audience, new Password(p.Passphrase))));

    private static AudiencePasswords Of(IEnumerable<(string Audience, Password Password)> pairs) => new(
        pairs.GroupBy(p => p.Audience, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Password>)[.. g.Select(p => p.Password).DistinctBy(p => (p.Text, p.Reader))],
            StringComparer.Ordinal));

    public static AudiencePasswords Load(string root, IReadOnlyList<Audience> audiences, DiagnosticBag diagnostics)
    {
        var fromFile = ReadFile(new SiteLayout(root).PasswordsFile, audiences, diagnostics);
        var pairs = new List<(string, Password)>();
        foreach (var audience in audiences)
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(VariableFor(audience.Id))?
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            IReadOnlyList<string> passwords = fromEnvironment is { Length: > 0 } ? fromEnvironment : fromFile.GetValueOrDefault(audience.Id) ?? [];
            pairs.AddRange(passwords.Where(p => StrongEnough(p, $"'{audience.Id}'", SiteLayout.PasswordsFileName, diagnostics)).Select(p => (audience.Id, new Password(p))));
        }

        pairs.AddRange(ReaderPasswords(root, audiences, diagnostics));
        return Of(pairs);
    }

    /// <summary>Each active reader's passphrase, for each of their audiences. A reader without one here is left out, with a warning.</summary>
    private static IEnumerable<(string, Password)> ReaderPasswords(string root, IReadOnlyList<Audience> audiences, DiagnosticBag diagnostics)
    {
        var secrets = ReaderSecrets.Load(root);
        foreach (var reader in ReaderList.Load(root, audiences, diagnostics).Where(r => r.Active))
        {
            if (secrets.For(reader) is not { } passphrase)
            {
                diagnostics.Warning(SiteLayout.ReadersFileName, null, ReaderMessages.NoPassphrase(reader.Name, reader.Variable));
                continue;
            }

            if (StrongEnough(passphrase, $"'{reader.Name}'", SiteLayout.ReaderSecretsFileName, diagnostics))
            {
                foreach (var audience in reader.Audiences)
                {
                    yield return (audience, new Password(passphrase) { Reader = reader.Name });
                }
            }
        }
    }

    private static bool StrongEnough(string passphrase, string who, string file, DiagnosticBag diagnostics)
    {
        if (PassphraseStrength.IsStrongEnough(passphrase))
        {
            return true;
        }

        diagnostics.Error(file, null, ReaderMessages.TooWeak(who, PassphraseStrength.EstimateBits(passphrase)));
        return false;
    }

    private static Dictionary<string, List<string>> ReadFile(string path, IReadOnlyList<Audience> audiences, DiagnosticBag diagnostics)
    {
        var passwords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in SecretLines.Read(path, n => diagnostics.Error(SiteLayout.PasswordsFileName, n, PublicationMessages.BadPasswordLine(n))))
        {
            if (!audiences.Any(a => a.Id == line.Key))
            {
                diagnostics.Error(SiteLayout.PasswordsFileName, line.Line, PublicationMessages.UnknownAudienceInPasswords(line.Key, line.Line));
                continue;
            }

            if (!passwords.TryGetValue(line.Key, out var list))
            {
                passwords[line.Key] = list = [];
            }

            list.Add(line.Value);
        }

        return passwords;
    }
}
