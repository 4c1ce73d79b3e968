using PortretSite.Foundation;
namespace PortretSite.Foundation.State;

/// <summary>
/// The site's local state folder (<see cref="SiteLayout.LocalStateFolderName"/>): caches, the site secret, local passwords. It carries its own
/// <c>.gitignore</c>, so nothing in it reaches a repository even in a site without one.
/// </summary>
public static class LocalStateFolder
{
    public static string Ensure(string root)
    {
        var folder = new SiteLayout(root).LocalState;
        // Only its owner may look inside: the site secret and the passwords live here.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore))
        {
            File.WriteAllText(ignore, "# Local state of this site (site secret, passwords, caches): never commit it.\n*\n");
        }

        return folder;
    }
}
