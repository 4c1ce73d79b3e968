using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.State;
using PortretSite.Publication.Passphrases;

namespace PortretSite.Publication;

/// <summary>
/// The review passphrase of each portrait in review, which opens its review edition and nothing else: from
/// <c>PORTRET_REVIEW_PASSWORD_&lt;SLUG&gt;</c>, else from the git-ignored <see cref="SiteLayout.ReviewPasswordsFileName"/>
/// (lines <c>slug: passphrase</c>); when neither has one, a new one is drawn (<see cref="PassphraseGenerator"/>: random
/// words in the portrait's language) and added to that file, which is readable by its owner only from the moment it exists.
/// </summary>
public static class ReviewPasswords
{
    public static string VariableFor(string slug) => "PORTRET_REVIEW_PASSWORD_" + slug.ToUpperInvariant().Replace('-', '_');

    /// <summary>The passphrase of each portrait in <paramref name="portraits"/> (slug and language); <paramref name="made"/> hears of each one made now.</summary>
    public static IReadOnlyDictionary<string, Password> Load(SiteLayout layout, IReadOnlyList<(string Slug, string Language)> portraits, DiagnosticBag diagnostics, Action<Message> made)
    {
        var lines = ReadFile(layout, diagnostics);
        var passwords = new Dictionary<string, Password>(StringComparer.Ordinal);
        var added = false;
        foreach (var (slug, language) in portraits)
        {
            if (Environment.GetEnvironmentVariable(VariableFor(slug)) is { Length: > 0 } fromEnvironment)
            {
                passwords[slug] = Checked(slug, fromEnvironment.Trim(), VariableFor(slug), diagnostics);
            }
            else if (lines.TryGetValue(slug, out var fromFile))
            {
                passwords[slug] = Checked(slug, fromFile, SiteLayout.ReviewPasswordsFileName, diagnostics);
            }
            else
            {
                passwords[slug] = new Password(lines[slug] = PassphraseGenerator.Generate(language).Text);
                added = true;
                made(PublicationMessages.ReviewPasswordMade(slug, SiteLayout.ReviewPasswordsFileName));
            }
        }

        if (added)
        {
            Save(layout, lines);
        }

        return passwords;
    }

    /// <summary>Removes the passphrases of portraits not in <paramref name="current"/>; returns their slugs.</summary>
    public static IReadOnlyList<string> Forget(SiteLayout layout, IReadOnlySet<string> current)
    {
        var lines = ReadFile(layout, new DiagnosticBag());
        var gone = lines.Keys.Where(slug => !current.Contains(slug)).ToList();
        if (gone.Count > 0)
        {
            foreach (var slug in gone)
            {
                lines.Remove(slug);
            }

            Save(layout, lines);
        }

        return gone;
    }

    private static Password Checked(string slug, string passphrase, string source, DiagnosticBag diagnostics)
    {
        if (!PassphraseStrength.IsStrongEnough(passphrase))
        {
            diagnostics.Error(source, null, PublicationMessages.ReviewPasswordTooWeak(slug, PassphraseStrength.EstimateBits(passphrase)));
        }

        return new Password(passphrase);
    }

    private static void Save(SiteLayout layout, Dictionary<string, string> lines) => SecretLines.Write(
        layout.Root,
        layout.ReviewPasswordsFile,
        "# Review passphrases (portret build): one line 'slug: passphrase' per portrait in review. Never commit this file.\n",
        lines);

    private static Dictionary<string, string> ReadFile(SiteLayout layout, DiagnosticBag diagnostics)
    {
        var passwords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in SecretLines.Read(layout.ReviewPasswordsFile, n => diagnostics.Error(SiteLayout.ReviewPasswordsFileName, n, PublicationMessages.BadReviewPasswordLine(n))))
        {
            passwords[line.Key] = line.Value;
        }

        return passwords;
    }
}
