using PortretSite.Build;
using Xunit;

namespace PortretSite.Tests.TestSupport;

/// <summary>
/// A site whose family A is read by named readers, managed with the real <c>portret readers</c> commands:
/// Anna's portrait for family A, Bert Beta's for family B (an audience password), built without print.
/// </summary>
public sealed class ReaderSite : IDisposable
{
    public const string FamilyAName = "Anna Alpha";
    public const string FamilyBName = "Bert Beta";

    public TempSite Site { get; } = new TempSite()
        .WithPortrait("anna", TempSite.Approved(FamilyAName, body: "Anna told of the orchard."))
        .WithPortrait("bert", TempSite.Approved(FamilyBName, body: "Bert told of the harbour.").Replace("audiences: [family-a]", "audiences: [family-b]", StringComparison.Ordinal));

    public ReaderSite() => File.WriteAllText(Path.Combine(Site.Root, ".portret", "passwords"), $"family-b: {TempSite.PasswordB}\n");

    public string SiteFolder => Path.Combine(Site.Output, "site");

    /// <summary>Adds a reader of family A; their generated passphrase, as <c>readers add</c> shows it once.</summary>
    public async Task<string> AddReaderAsync(string name)
    {
        var added = await RunAsync("readers", "add", name, "--audience", "family-a");
        return added.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }

    public Task RevokeAsync(string name) => RunAsync("readers", "revoke", name);

    /// <summary>The reader's share link; without a <c>SiteUrl</c> it leads to the built site on this computer.</summary>
    public async Task<string> LinkAsync(string name) => (await RunAsync("readers", "link", name)).Output.Trim();

    public async Task BuildAsync()
    {
        var result = await BuildPipeline.ForSite(Site.Root).RunAsync(new BuildOptions { Root = Site.Root, Output = Site.Output, SkipPrint = true }, CancellationToken.None);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.True(result.OutputWritten);
    }

    public void Dispose() => Site.Dispose();

    private async Task<PortretProcess.Outcome> RunAsync(params string[] args)
    {
        var outcome = await PortretProcess.RunAsync([.. args, "--root", Site.Root]);
        Assert.True(outcome.ExitCode == 0, outcome.Error + outcome.Output);
        return outcome;
    }
}
