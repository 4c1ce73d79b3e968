using PortretSite.Foundation;
using System.Security.Cryptography;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.State;

namespace PortretSite.Site.Protection;

/// <summary>
/// The 32-byte secret every key of a site is derived from. It never lives in the repository:
/// it comes from <c>PORTRET_SITE_SECRET</c> or from <see cref="SiteLayout.SiteSecretFileName"/> beside the
/// site, created on the first build. Keeping it keeps ciphertext stable between builds.
/// </summary>
public sealed class SiteSecret
{
    public const string EnvironmentVariable = "PORTRET_SITE_SECRET";
    private const int Length = 32;

    private SiteSecret(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    /// <summary>Whether it came from <see cref="EnvironmentVariable"/> (as in CI, where the local state folder does not persist).</summary>
    public bool FromEnvironment { get; private init; }

    /// <summary>
    /// A secret of its own for another site made beside this one (the review edition), derived from this one for
    /// <paramref name="purpose"/>: its keys, item names, slot salt and site id share nothing with this site's.
    /// </summary>
    public SiteSecret For(string purpose) =>
        new(HKDF.DeriveKey(HashAlgorithmName.SHA256, Bytes, Length, salt: [], info: System.Text.Encoding.UTF8.GetBytes("portret/v1/secret/" + purpose))) { FromEnvironment = FromEnvironment };

    public static SiteSecret? Load(string root, DiagnosticBag diagnostics, Action<Message> note)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Parse(fromEnvironment, EnvironmentVariable, diagnostics) is { } parsed ? new SiteSecret(parsed.Bytes) { FromEnvironment = true } : null;
        }

        var path = new SiteLayout(root).SiteSecretFile;
        if (File.Exists(path))
        {
            return Parse(File.ReadAllText(path), SiteLayout.SiteSecretFileName, diagnostics);
        }

        var secret = new SiteSecret(RandomNumberGenerator.GetBytes(Length));
        Write(path, secret);
        note(ProtectionMessages.SecretCreated(SiteLayout.SiteSecretFileName));
        return secret;
    }

    /// <summary>Replaces the secret file with a new random secret.</summary>
    public static void Rotate(string root)
    {
        LocalStateFolder.Ensure(root);
        Write(new SiteLayout(root).SiteSecretFile, new SiteSecret(RandomNumberGenerator.GetBytes(Length)));
    }

    private static void Write(string path, SiteSecret secret) => PrivateFile.Write(path, Convert.ToBase64String(secret.Bytes) + "\n");

    private static SiteSecret? Parse(string text, string source, DiagnosticBag diagnostics)
    {
        var trimmed = text.Trim();
        byte[]? bytes = null;
        try
        {
            bytes = trimmed.Length == Length * 2 ? Convert.FromHexString(trimmed) : Convert.FromBase64String(trimmed);
        }
        catch (FormatException)
        {
            // Reported below.
        }

        if (bytes is not { Length: Length })
        {
            diagnostics.Error(source, null, ProtectionMessages.BadSecret(source));
            return null;
        }

        return new SiteSecret(bytes);
    }
}
