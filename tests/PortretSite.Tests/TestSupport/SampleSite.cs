using PortretSite.Build;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>The repository's own sample (input/, theme/, statiq.json) built once into a temporary output for all tests that read it.</summary>
public sealed class SampleSite : IAsyncLifetime
{
    public string Output { get; } = Path.Combine(Path.GetTempPath(), "portret-sample-" + Guid.NewGuid().ToString("N")[..8]);

    public string SiteFolder => Path.Combine(Output, "site");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Result = await BuildPipeline.ForSite(RepositoryPaths.Root).RunAsync(
            new BuildOptions { Root = RepositoryPaths.Root, Output = Output, SkipPrint = true, Protect = false },
            CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        return Task.CompletedTask;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(SiteFolder, relativePath));
}

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "sample site";
}
