using PortretSite.Build;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// The repository's own sample (its portraits, theme/, statiq.json) built once into a temporary
/// output for all tests that read it. Only the sample's portraits, by name: a portrait an editor
/// added to the clone's input/ changes no test.
/// </summary>
public sealed class SampleSite : IAsyncLifetime
{
    public static readonly string[] Portraits = ["arthur-penhale", "frans-verhaegen", "gilberte-verhaegen", "josee-verhaegen", "noor-el-amrani"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "portret-sample-root-" + Guid.NewGuid().ToString("N")[..8]);

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "portret-sample-" + Guid.NewGuid().ToString("N")[..8]);

    public string SiteFolder => Path.Combine(Output, "site");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        CopyTo(_root);
        Result = await BuildPipeline.ForSite(_root).RunAsync(
            new BuildOptions { Root = _root, Output = Output, SkipPrint = true, Protect = false },
            CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        foreach (var folder in new[] { Output, _root }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>The sample as a site folder of its own: settings, credits, the sample's portraits and (unless the tool's built-in one should serve) the theme.</summary>
    public static void CopyTo(string root, bool withTheme = true)
    {
        var repository = RepositoryPaths.Root;
        if (withTheme)
        {
            CopyFolder(Path.Combine(repository, "theme"), Path.Combine(root, "theme"));
        }

        foreach (var slug in Portraits)
        {
            CopyFolder(Path.Combine(repository, "input", "portraits", slug), Path.Combine(root, "input", "portraits", slug));
        }

        if (Directory.Exists(Path.Combine(repository, "input", "pages")))
        {
            CopyFolder(Path.Combine(repository, "input", "pages"), Path.Combine(root, "input", "pages"));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "input")))
        {
            File.Copy(file, Path.Combine(root, "input", Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(repository, "statiq.json"), Path.Combine(root, "statiq.json"));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(SiteFolder, relativePath));
}

/// <summary>Every test that reads the built sample, the browser ones included, so that it is built once.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>, ICollectionFixture<SharedBrowser>
{
    public const string Name = "sample site";
}
