namespace PortretSite.Foundation.State;

/// <summary>
/// Writes a file of local state whole: to a temporary file beside it first (named by process and thread, so
/// two writers never share one), then renamed, so a file that is there is never half-written.
/// </summary>
public static class WholeFile
{
    public static void Write(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
