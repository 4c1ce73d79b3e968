using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Build_of_a_valid_site_exits_0_and_writes_the_site()
    {
        using var site = new TempSite().WithPasswords().WithPortrait("maria", TempSite.Approved("Maria"));

        var outcome = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "site", "index.html")));
        Assert.Contains("Portraits: 1 published", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_log_progress_is_plain_lines_and_the_summary_tells_what_was_published_skipped_cached_and_timed()
    {
        using var site = new TempSite().WithPasswords()
            .WithPhoto("maria", "photos/dijk.jpg")
            .WithPortrait("maria", TempSite.Approved("Maria", body: "![De dijk](photos/dijk.jpg)"))
            .WithPortrait("jan", "---\nname: Jan\nstatus: draft\n---\nNog niet.")
            .WithPortrait("els", "---\nname: Els\nstatus: review\n---\nBijna.");

        var first = await PortretProcess.RunAsync("build", "--root", site.Root);
        site.WithPortrait("maria", TempSite.Approved("Maria", body: "![De dijk](photos/dijk.jpg)\n\nEen zin erbij."));
        var second = await PortretProcess.RunAsync("build", "--root", site.Root);

        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain('\u001b', first.Output + first.Error);
        Assert.Matches(@"(?m)^photos: 1 …$", first.Output);
        Assert.Matches(@"(?m)^photos: 1/1 in \d+\.\d\d s$", first.Output);
        // Maria's booklet and the paper review copy of Els, who is in review, print in one step.
        Assert.Matches(@"(?m)^booklets: 2/2 in \d+\.\d\d s$", first.Output);
        Assert.Contains("Portraits: 1 published, skipped: 1 draft, 1 in review", first.Output, StringComparison.Ordinal);
        Assert.Contains("Photos: 1 (1 processed, 0 from cache)", first.Output, StringComparison.Ordinal);
        Assert.Contains("Booklets: 1", first.Output, StringComparison.Ordinal);
        // The protected site renders its pages as it encrypts them: their time is the site's.
        Assert.Matches(@"(?m)^Time: content \d+\.\d\d s, images \d+\.\d\d s, print \d+\.\d\d s, site \d+\.\d\d s$", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Photos: 1 (0 processed, 1 from cache)", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_needs_no_secret_it_names_the_missing_passwords_as_warnings_and_counts_what_a_build_would_publish()
    {
        using var site = new TempSite()
            .WithPortrait("maria", TempSite.Approved("Maria"))
            .WithPortrait("jan", "---\nname: Jan\nstatus: draft\naudiences: [family-b]\n---\nNog niet.")
            .WithPortrait("els", "---\nname: Els\nstatus: review\n---\nBijna.");

        var check = await PortretProcess.RunAsync("check", "--root", site.Root);
        var build = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

        Assert.Equal(0, check.ExitCode);
        var warnings = check.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, warnings.Length);
        Assert.StartsWith("input/portraits/maria/index.md: warning: audience 'family-a' has no password yet; 'portret build' needs one: set PORTRET_PASSWORD_FAMILY_A", warnings[0], StringComparison.Ordinal);
        // TempSite.Approved writes an approval without a fingerprint, as sites did before portret approve.
        Assert.StartsWith("input/portraits/maria/index.md:4: warning: approved without a fingerprint of what was recognised", warnings[1], StringComparison.Ordinal);
        Assert.StartsWith("statiq.json: warning: audience 'family-b' has no published portrait: whoever types its password finds an empty site", warnings[2], StringComparison.Ordinal);
        Assert.Contains("Portraits: 1 published, skipped: 1 draft, 1 in review", check.Output, StringComparison.Ordinal);
        Assert.Contains("Errors: 0, warnings: 3", check.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "a check writes no output");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("input/portraits/maria/index.md: audience 'family-a' has no password: set PORTRET_PASSWORD_FAMILY_A", build.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "site")), "a build without passwords publishes nothing");
    }

    [Fact]
    public async Task Content_errors_exit_1_one_line_each_path_line_message_without_stack_traces()
    {
        using var site = new TempSite()
            .WithPortrait("maria", "---\nname: Maria\nborn: 1938-13-01\nstatus: finished\n---\n")
            .WithPortrait("jan", "---\nnaam: Jan\n---\n");

        var outcome = await PortretProcess.RunAsync("build", "--root", site.Root, "--output", site.Output);

        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("input/portraits/maria/index.md:3: born: '1938-13-01' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", lines);
        Assert.Contains("input/portraits/maria/index.md:4: status: 'finished' is not one of draft, review, approved, withdrawn", lines);
        Assert.Contains("input/portraits/jan/index.md:2: unknown key 'naam'; did you mean 'name'?", lines);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task An_audience_without_a_password_is_an_error_naming_the_variable()
    {
        using var site = new TempSite().WithPortrait("maria", TempSite.Approved("Maria"));

        var outcome = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("input/portraits/maria/index.md: audience 'family-a' has no password: set PORTRET_PASSWORD_FAMILY_A or add a line 'family-a: …' to .portret/passwords", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Rotate_makes_a_new_site_secret()
    {
        using var site = new TempSite().WithPasswords().WithPortrait("maria", TempSite.Approved("Maria"));
        await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");
        var before = File.ReadAllText(Path.Combine(site.Root, ".portret", "site-secret"));

        var outcome = await PortretProcess.RunAsync("rotate", "--root", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.NotEqual(before, File.ReadAllText(Path.Combine(site.Root, ".portret", "site-secret")));
    }

    [Fact]
    public async Task Check_reports_errors_and_writes_nothing()
    {
        using var site = new TempSite().WithPortrait("maria", "---\nname: Maria\ncover: photos/missing.jpg\n---\n");

        var outcome = await PortretProcess.RunAsync("check", "--root", site.Root);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("input/portraits/maria/index.md:3: 'photos/missing.jpg' does not exist in the portrait folder", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Messages_follow_the_site_language()
    {
        using var site = new TempSite("{ \"Language\": \"nl\" }").WithPortrait("maria", "---\nname: Maria\nborn: 1938-13-01\n---\n");

        var outcome = await PortretProcess.RunAsync("check", "--root", site.Root);

        Assert.Contains("input/portraits/maria/index.md:3: born: '1938-13-01' is geen datum (JJJJ, JJJJ-MM of JJJJ-MM-DD)", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("new")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var outcome = await PortretProcess.RunAsync(args);

        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public async Task A_missing_site_folder_is_a_usage_error()
    {
        var outcome = await PortretProcess.RunAsync("check", "--root", "/nonexistent/site");

        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public async Task New_scaffolds_a_portrait_that_checks_clean_and_asks_the_guiding_questions()
    {
        using var site = new TempSite("{ \"Language\": \"nl\" }");

        var created = await PortretProcess.RunAsync("new", "Maria Van Damme-Çelik", "--root", site.Root);
        var check = await PortretProcess.RunAsync("check", "--root", site.Root);

        Assert.Equal(0, created.ExitCode);
        var index = File.ReadAllText(Path.Combine(site.PortraitFolder("maria-van-damme-celik"), "index.md"));
        Assert.Contains("name: \"Maria Van Damme-Çelik\"", index, StringComparison.Ordinal);
        Assert.Contains("status: draft", index, StringComparison.Ordinal);
        foreach (var question in new[] { "Waar was je gelukkig?", "keerpunten", "welke wil je houden?", "Wat vind je belangrijk", "Wat wil je doorgeven", "Hoe ziet een gewone dag eruit?", "Wie zijn belangrijk voor je?" })
        {
            Assert.Contains(question, index, StringComparison.Ordinal);
        }

        foreach (var key in new[] { "born:", "died:", "place:", "approved:", "audiences:", "cover:", "summary:", "roles:", "themes:", "timeline:", "values:", "legacy:", "people:", "typical_day:", "observations:", "photos:" })
        {
            Assert.Contains(key, index, StringComparison.Ordinal);
        }

        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public async Task New_in_english_asks_in_english()
    {
        using var site = new TempSite();

        await PortretProcess.RunAsync("new", "Arthur Penhale", "--root", site.Root, "--language", "en");

        var index = File.ReadAllText(Path.Combine(site.PortraitFolder("arthur-penhale"), "index.md"));
        Assert.Contains("What do you want to pass on", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_with_a_kind_asks_that_kinds_questions()
    {
        using var site = new TempSite();

        var created = await PortretProcess.RunAsync("new", "Noor Peeters", "--root", site.Root, "--language", "en", "--kind", "leefwereldportret");

        Assert.Equal(0, created.ExitCode);
        var index = File.ReadAllText(Path.Combine(site.PortraitFolder("noor-peeters"), "index.md"));
        Assert.Contains("kind: leefwereldportret", index, StringComparison.Ordinal);
        Assert.Contains("# What are you afraid of", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_refuses_to_overwrite_an_existing_portrait()
    {
        using var site = new TempSite().WithPortrait("maria", TempSite.Approved("Maria"));

        var outcome = await PortretProcess.RunAsync("new", "Maria", "--root", site.Root);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Some words.", File.ReadAllText(Path.Combine(site.PortraitFolder("maria"), "index.md")), StringComparison.Ordinal);
    }
}
