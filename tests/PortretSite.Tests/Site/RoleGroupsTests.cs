using AngleSharp.Html.Parser;
using PortretSite.Build;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Site;

/// <summary>The roles show who someone was, is and wants to stay: a role of now always among who they are, an empty group not at all.</summary>
public sealed class RoleGroupsTests : IDisposable
{
    private readonly TempSite _site = new TempSite().WithPasswords();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Current_roles_to_keep_are_who_someone_is_and_empty_groups_do_not_show()
    {
        _site.WithPortrait("jan", TempSite.Approved("Jan Peeters", extra: """
            roles:
              - role: grandfather of four
                when: 1990–
                wants_to_keep: true
              - role: card player at the Sint-Gummarus café
                when: 1975–
                wants_to_keep: true
            """));

        var result = await BuildPipeline.ForSite(_site.Root).RunAsync(new BuildOptions { Root = _site.Root, Output = _site.Output, SkipPrint = true, Protect = false }, CancellationToken.None);

        DiagnosticAssert.NoErrors(result.Diagnostics);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "site", "jan", "index.html")));
        var columns = page.QuerySelectorAll(".roles__column").ToDictionary(c => c.QuerySelector(".roles__heading")!.TextContent.Trim(), c => c.QuerySelectorAll(".role__name").Select(r => r.TextContent).ToArray());
        Assert.Equal(["Who I am", "Who I want to stay"], columns.Keys);
        Assert.Equal(["grandfather of four", "card player at the Sint-Gummarus café"], columns["Who I am"]);
        Assert.Equal(["grandfather of four", "card player at the Sint-Gummarus café"], columns["Who I want to stay"]);
        Assert.DoesNotContain("—", page.QuerySelector(".roles")!.TextContent, StringComparison.Ordinal);
    }
}
