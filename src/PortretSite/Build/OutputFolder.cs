namespace PortretSite.Build;

/// <summary>
/// Builds into a fresh folder beside the output and swaps it in only when the build succeeded,
/// so a failed or interrupted build leaves the previous output exactly as it was.
/// </summary>
public sealed class OutputFolder(string output)
{
    public string Target { get; } = Path.GetFullPath(output);

    public string Staging => Target + ".staging";

    private string Retired => Target + ".retired";

    public string BeginStaging()
    {
        DeleteIfExists(Staging);
        Directory.CreateDirectory(Staging);
        return Staging;
    }

    public void Commit()
    {
        DeleteIfExists(Retired);
        if (Directory.Exists(Target))
        {
            Directory.Move(Target, Retired);
        }

        Directory.Move(Staging, Target);
        DeleteIfExists(Retired);
    }

    public void Abandon() => DeleteIfExists(Staging);

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
