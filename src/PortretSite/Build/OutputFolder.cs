using System.Runtime.InteropServices;

namespace PortretSite.Build;

/// <summary>
/// Builds into a fresh folder beside the output and swaps it in only when the build succeeded,
/// so a failed or interrupted build leaves the previous output exactly as it was. On Linux the
/// swap is one atomic exchange of the two folders; a build killed at any moment leaves either
/// the old or the new output in place, never half of one.
/// </summary>
public sealed partial class OutputFolder(string output)
{
    public string Target { get; } = Path.GetFullPath(output.TrimEnd('/', '\\'));

    public string Staging => Target + ".staging";

    private string Retired => Target + ".retired";

    /// <summary>Starts a staging folder, clearing what an interrupted build left beside the output.</summary>
    public string BeginStaging()
    {
        Recover();
        DeleteIfExists(Staging);
        Directory.CreateDirectory(Staging);
        return Staging;
    }

    public void Commit()
    {
        if (Directory.Exists(Target) && TryExchange(Staging, Target))
        {
            // Staging now holds the previous output.
            DeleteIfExists(Staging);
            return;
        }

        DeleteIfExists(Retired);
        if (Directory.Exists(Target))
        {
            Directory.Move(Target, Retired);
        }

        Directory.Move(Staging, Target);
        DeleteIfExists(Retired);
    }

    public void Abandon() => DeleteIfExists(Staging);

    /// <summary>Where the two-rename fallback was interrupted between its renames, put the previous output back.</summary>
    private void Recover()
    {
        if (!Directory.Exists(Target) && Directory.Exists(Retired))
        {
            Directory.Move(Retired, Target);
        }

        DeleteIfExists(Retired);
    }

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
