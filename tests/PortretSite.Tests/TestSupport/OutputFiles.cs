using System.Security.Cryptography;

namespace PortretSite.Tests.TestSupport;

public static class OutputFiles
{
    /// <summary>Every file under <paramref name="folder"/> (relative path) with the SHA-256 of its bytes.</summary>
    public static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Files an interrupted or failed update left beside their place (<c>name.portret-new</c>).</summary>
    public static List<string> HalfWritten(string folder) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*" + PortretSite.Foundation.Output.OutputUpdate.NewSuffix, SearchOption.AllDirectories)] : [];
}
