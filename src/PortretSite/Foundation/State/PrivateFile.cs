namespace PortretSite.Foundation.State;

/// <summary>
/// Writes a file with secrets in it (the site secret, passphrases): readable by its owner only from the
/// moment it exists, never restricted afterwards, and replaced whole, so no reader sees half of it.
/// </summary>
public static class PrivateFile
{
    public static void Write(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    public static void Write(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(temporary, options))
        {
            file.Write(content);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
