using System.Runtime.InteropServices;

namespace PortretSite.Foundation.Output;

/// <summary>A second name for a file that is never changed in place: no copy, same timestamp.</summary>
public static partial class HardLinks
{
    /// <summary>Links <paramref name="created"/> to <paramref name="existing"/>, or copies it where links cannot be made (another file system, Windows).</summary>
    public static void LinkOrCopy(string existing, string created)
    {
        if (!TryLink(existing, created))
        {
            File.Copy(existing, created, overwrite: true);
        }
    }

    public static bool TryLink(string existing, string created) => !OperatingSystem.IsWindows() && Link(existing, created) == 0;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string created);
}
