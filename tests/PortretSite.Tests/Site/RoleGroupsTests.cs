using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site;

/// <summary>
/// The roles show who someone was, is, wants to keep and wants to become, decided from their dates:
/// a role of now always among who they are, an empty group not at all, and what a role gives and how
/// to support it beside it once, in the voice of the portrait.
/// </summary>
public sealed class RoleGroupsTests : IDisposable
{
    private readonly TempSite _site = new TempSite().WithPasswords();

    public void Dispose() => _site.Dispose();

    private async Task<IDocument> BuildAsync(string extra)
    {
        _site.WithPortrait("jan", TempSite.Approved("Jan Peeters", extra: extra));
        var result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, SkipPrint = true, Protect = false }, CancellationToken.None);
        DiagnosticAssert.NoErrors(result.Diagnostics);
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "site", "jan", "index.html")));
    }

    private static Dictionary<string, string[]> Groups(IDocument page) =>
        page.QuerySelectorAll(".roles__column").ToDictionary(c => c.QuerySelector(".roles__heading")!.TextContent.Trim(), c => c.QuerySelectorAll(".role__name").Select(r => r.TextContent).ToArray());

    [Fact]
    public async Task Current_roles_to_keep_are_who_someone_is_and_empty_groups_do_not_show()
    {
        var page = await BuildAsync("""
            roles:
              - role: grandfather of four
                when: 1990–
                wants_to_keep: true
              - role: card player at the Sint-Gummarus café
                when: 1975–
                wants: keep
            """);

        var groups = Groups(page);
        Assert.Equal(["Who I am", "What I want to keep"], groups.Keys);
        Assert.Equal(["grandfather of four", "card player at the Sint-Gummarus café"], groups["Who I am"]);
        Assert.Equal(["grandfather of four", "card player at the Sint-Gummarus café"], groups["What I want to keep"]);
        Assert.DoesNotContain("—", page.QuerySelector(".roles")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Four_groups_from_dates_and_wishes_with_what_a_role_gives_and_how_to_help_once()
    {
        var page = await BuildAsync("""
            voice: third
            roles:
              - role: baker
                when: januari 1960–juni 1965
              - role: treasurer of the brass band
                since: 1970
                until: 1980-06
              - role: brother of Frans
                when: altijd
              - role: coffee pourer on the ward
                when: sinds 2019
                wants: keep
                gives: He sees who is quiet today.
                support: Put the pot out at ten and let him go round.
              - role: the man who carries everyone
                when: 1960–
                wants: let_go
              - role: member of the residents' council
                wants: take_up
                support: Take him to the first meeting.
            """);

        var groups = Groups(page);
        Assert.Equal(["Who Jan was", "Who Jan is", "What Jan wants to keep", "Who Jan wants to become"], groups.Keys);
        Assert.Equal(["baker", "treasurer of the brass band"], groups["Who Jan was"]);
        Assert.Equal(["brother of Frans", "coffee pourer on the ward", "the man who carries everyone"], groups["Who Jan is"]);
        Assert.Equal(["coffee pourer on the ward"], groups["What Jan wants to keep"]);
        Assert.Equal(["member of the residents' council"], groups["Who Jan wants to become"]);
        Assert.Equal(["1970–June 1980"], page.QuerySelectorAll(".roles__column--was .role__when").Skip(1).Select(w => w.TextContent));
        Assert.Equal("Jan wants to let go of this", page.QuerySelector(".role__wish")!.TextContent);

        var gives = page.QuerySelectorAll(".role__gives").Select(g => g.TextContent.Trim()).ToArray();
        Assert.Equal(["What Jan gives: He sees who is quiet today."], gives);
        Assert.Single(page.QuerySelectorAll(".roles__column--keep .role__support"));
        Assert.Single(page.QuerySelectorAll(".roles__column--become .role__support"));
    }

    [Fact]
    public async Task Someone_who_died_and_speaks_in_the_first_person_speaks_in_the_past_tense()
    {
        var page = await BuildAsync("""
            born: 1931
            died: 2024-01-03
            voice: first
            roles:
              - role: grandfather
                when: 1990–
              - role: welder
                when: 1950–1995
            """);

        Assert.Equal(["Who I had been", "Who I was"], Groups(page).Keys);
        Assert.Equal(["grandfather"], Groups(page)["Who I was"]);
    }
}
