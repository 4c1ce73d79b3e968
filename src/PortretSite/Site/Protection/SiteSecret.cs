using PortretSite.Build;
using System.Security.Cryptography;
using PortretSite.Content.Diagnostics;

namespace PortretSite.Site.Protection;

/// <summary>
/// The 32-byte secret every key of a site is derived from. It never lives in the repository:
/// it comes from <c>PORTRET_SITE_SECRET</c> or from <c>.portret/site-secret</c> beside the
/// site, created on the first build. Keeping it keeps ciphertext stable between builds.
/// </summary>
public sealed class SiteSecret
{
    public const string EnvironmentVariable = "PORTRET_SITE_SECRET";
    public const string FileName = ".portret/site-secret";
    private const int Length = 32;

    private SiteSecret(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public static SiteSecret? Load(string root, DiagnosticBag diagnostics, Action<Message> note)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Parse(fromEnvironment, EnvironmentVariable, diagnostics);
        }

        var path = Path.Combine(root, FileName);
        if (File.Exists(path))
        {
            return Parse(File.ReadAllText(path), FileName, diagnostics);
        }

        var secret = new SiteSecret(RandomNumberGenerator.GetBytes(Length));
        Write(path, secret);
        note(ProtectionMessages.SecretCreated(FileName));
        return secret;
    }

    /// <summary>Replaces the secret file with a new random secret.</summary>
    public static void Rotate(string root)
    {
        LocalStateFolder.Ensure(root);
        Write(Path.Combine(root, FileName), new SiteSecret(RandomNumberGenerator.GetBytes(Length)));
    }

    private static void Write(string path, SiteSecret secret)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(secret.Bytes) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
    }

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
