using System.Text.Json;
using PortretSite.Foundation;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Cli;

/// <summary><c>portret init</c> makes a clean site of one's own that checks without a single complaint.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "portret-init-" + Guid.NewGuid().ToString("N")[..8]);

    private string Site => Path.Combine(_work, "portretten");

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public async Task Init_makes_settings_with_one_family_an_empty_portraits_folder_and_keeps_secrets_out_of_git()
    {
        var init = await PortretProcess.RunAsync("init", Site, "--audience", "familie-peeters", "--audience-name", "Familie Peeters");

        Assert.Equal(0, init.ExitCode);
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Site, SiteLayout.SettingsFileName)));
        Assert.Equal("Familie Peeters", settings.RootElement.GetProperty("Audiences").GetProperty("familie-peeters").GetString());
        Assert.Equal("nl", settings.RootElement.GetProperty("Language").GetString());
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(Site, SiteLayout.PortraitsFolderName)));
        var ignored = File.ReadAllLines(Path.Combine(Site, ".gitignore"));
        Assert.Contains("output/", ignored);
        Assert.Contains(SiteLayout.LocalStateFolderName + "/", ignored);
        Assert.Contains("portret new", File.ReadAllText(Path.Combine(Site, "README.md")), StringComparison.Ordinal);
        var workflow = File.ReadAllText(Path.Combine(Site, "ci", "github-actions.yml"));
        Assert.Contains("PORTRET_PASSWORD_FAMILIE_PEETERS: ${{ secrets.PORTRET_PASSWORD_FAMILIE_PEETERS }}", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain("VERHAEGEN", workflow, StringComparison.Ordinal);

        var check = await PortretProcess.RunAsync("check", "--root", Site);
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("fout", check.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_family_id_follows_from_its_name_and_english_sites_speak_english()
    {
        var init = await PortretProcess.RunAsync("init", Site, "--language", "en", "--audience-name", "The Penhale family");

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("\"the-penhale-family\": \"The Penhale family\"", File.ReadAllText(Path.Combine(Site, SiteLayout.SettingsFileName)), StringComparison.Ordinal);
        Assert.Contains("A new site in", init.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_never_writes_over_a_site()
    {
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Combine(Site, SiteLayout.SettingsFileName), "{ \"Title\": \"Mine\" }");

        var init = await PortretProcess.RunAsync("init", Site, "--audience", "familie-peeters");

        Assert.Equal(2, init.ExitCode);
        Assert.Contains(SiteLayout.SettingsFileName + " bestaat al", init.Error, StringComparison.Ordinal);
        Assert.Equal("{ \"Title\": \"Mine\" }", File.ReadAllText(Path.Combine(Site, SiteLayout.SettingsFileName)));
        Assert.False(File.Exists(Path.Combine(Site, "README.md")));
    }

    [Fact]
    public async Task Help_is_a_command()
    {
        var help = await PortretProcess.RunAsync("help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("init", help.Output, StringComparison.Ordinal);
        Assert.Contains("build", help.Output, StringComparison.Ordinal);
    }
}
