using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Settings;

namespace PortretSite.Site.Protection;

/// <summary>
/// The passwords of each audience, never from the repository: <c>PORTRET_PASSWORD_&lt;AUDIENCE&gt;</c>
/// (several separated by newlines) or the git-ignored <see cref="SiteLayout.PasswordsFileName"/> with lines
/// <c>audience-id: passphrase</c>. An audience set in the environment ignores the file.
/// </summary>
public static class Passwords
{
    public const int MinimumLength = 12;

    public static string VariableFor(string audience) => "PORTRET_PASSWORD_" + audience.ToUpperInvariant().Replace('-', '_');

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load(string root, IReadOnlyList<Audience> audiences, DiagnosticBag diagnostics)
    {
        var fromFile = ReadFile(new SiteLayout(root).PasswordsFile, audiences, diagnostics);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var audience in audiences)
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(VariableFor(audience.Id))?
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            IReadOnlyList<string> passwords = fromEnvironment is { Length: > 0 } ? fromEnvironment : fromFile.GetValueOrDefault(audience.Id) ?? [];
            foreach (var shortOne in passwords.Where(p => p.Length < MinimumLength))
            {
                diagnostics.Error(SiteLayout.PasswordsFileName, null, ProtectionMessages.PasswordTooShort(audience.Id, shortOne.Length));
            }

            result[audience.Id] = [.. passwords.Distinct(StringComparer.Ordinal)];
        }

        return result;
    }

    /// <summary>Every published portrait must be readable by each of its audiences, so each needs a password.</summary>
    public static void CheckEveryAudienceHasOne(IEnumerable<Content.Portraits.Portrait> published, IReadOnlyDictionary<string, IReadOnlyList<string>> passwords, DiagnosticBag diagnostics)
    {
        foreach (var portrait in published)
        {
            foreach (var audience in portrait.Audiences.Where(a => passwords.TryGetValue(a, out var list) && list.Count == 0))
            {
                diagnostics.Error($"{portrait.RelativeFolder}/index.md", null, ProtectionMessages.NoPassword(audience, VariableFor(audience)));
            }
        }
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
                diagnostics.Error(SiteLayout.PasswordsFileName, i + 1, ProtectionMessages.BadPasswordLine(i + 1));
                continue;
            }

            var audience = line[..colon].Trim();
            if (!audiences.Any(a => a.Id == audience))
            {
                diagnostics.Error(SiteLayout.PasswordsFileName, i + 1, ProtectionMessages.UnknownAudienceInPasswords(audience, i + 1));
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
