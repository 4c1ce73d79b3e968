namespace PortretSite.Foundation.State;

/// <summary>
/// Writes a file that holds a secret (the site secret, a portrait's key salt, a review passphrase): created readable
/// and writable by its owner only (0600), never restricted afterwards, so there is no moment in which another user
/// could open it; written beside its place and renamed in, so a file that is there is whole.
/// </summary>
public static class OwnerOnlyFile
{
    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new StreamWriter(temporary, options))
        {
            file.Write(text);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
