using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary>
/// A reprint starts from where the parts landed last time: after a small change that layout is
/// confirmed by one print; after a change that moves chapters, the booklet is laid out anew.
/// Either way the contents name the right pages.
/// </summary>
public sealed class ReprintTests : IAsyncLifetime
{
    private readonly PrintedSite _site = new();

    public Task InitializeAsync() => _site.InitializeAsync();

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task After_a_small_change_and_after_a_change_that_moves_chapters_the_contents_are_right()
    {
        Assert.False(_site.Result.HasErrors, string.Join("\n", _site.Result.Diagnostics));
        var firstStarts = ChapterStarts();

        _site.Change("02-hoofdstuk.md", text => text.Replace("Werk in de bakkerij", "Werk in de bakkerij van vader", StringComparison.Ordinal));
        var small = await _site.RebuildAsync();
        Assert.False(small.HasErrors, string.Join("\n", small.Diagnostics));
        BookletAssert.ContentsMatchChapters(_site.Booklet, ["Jeugd aan de rivier", "Werk in de bakkerij van vader", "Het koor", "Late jaren"]);

        var paragraph = string.Join(' ', Enumerable.Repeat("Elke zaterdag liep ze met de kinderen langs de dijk naar de markt en terug.", 40));
        _site.Change("01-hoofdstuk.md", text => text + $"\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n");
        var moved = await _site.RebuildAsync();
        Assert.False(moved.HasErrors, string.Join("\n", moved.Diagnostics));
        BookletAssert.ContentsMatchChapters(_site.Booklet, ["Jeugd aan de rivier", "Werk in de bakkerij van vader", "Het koor", "Late jaren"]);
        Assert.NotEqual(firstStarts.Skip(1), ChapterStarts().Skip(1));
    }

    private List<int> ChapterStarts()
    {
        var texts = Enumerable.Range(1, PdfCli.Pages(_site.Booklet)).Select(p => PdfCli.Text(_site.Booklet, p)).ToList();
        return [.. new[] { "Jeugd aan de rivier", "Het koor", "Late jaren" }.Select(c => texts.FindLastIndex(t => t.Contains(c, StringComparison.Ordinal)) + 1)];
    }
}
