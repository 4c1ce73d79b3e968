namespace PortretSite.Tests.TestSupport;

/// <summary>Finds the repository the tests run from, for the sample site and the theme.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(string relativePath) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortretSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PortretSite.sln not found above " + AppContext.BaseDirectory);
    }
}
