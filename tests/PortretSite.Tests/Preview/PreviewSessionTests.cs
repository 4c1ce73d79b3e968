using System.Net;
using System.Diagnostics;
using PortretSite.Preview;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Preview;

[Collection(PreviewTimingCollection.Name)]
public sealed class PreviewSessionTests : IAsyncLifetime
{
    private readonly TempSite _site = new TempSite()
        .WithPortrait("maria", TempSite.Approved("Maria", body: "De eerste versie van het verhaal."))
        .WithPortrait("jan", "---\nname: Jan\nstatus: draft\n---\nNog een concept.");

    private readonly HttpClient _http = new();
    private PreviewSession _session = null!;
    private Uri _address = null!;

    private string MariaIndex => Path.Combine(_site.PortraitFolder("maria"), "index.md");

    public async Task InitializeAsync()
    {
        _session = new PreviewSession(_site.Root, TextWriter.Null, TextWriter.Null);
        _address = await _session.StartAsync(0, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Refuses_a_request_for_another_host_name_or_without_the_session_token()
    {
        using var rebound = new HttpRequestMessage(HttpMethod.Get, _address);
        rebound.Headers.Host = "attacker.example:" + _address.Port;
        var withoutToken = await _http.GetAsync(new Uri(_address, "/maria/index.html"));
        var wrongToken = await _http.GetAsync(new Uri(_address, "/" + new string('0', 32) + "/maria/index.html"));

        Assert.Equal(HttpStatusCode.Forbidden, (await _http.SendAsync(rebound)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        Assert.Matches("^/[0-9a-f]{32}/$", _address.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(_address, "maria/index.html"))).StatusCode);
    }

    [Fact]
    public async Task Serves_pages_on_loopback_with_the_live_reload_script_and_drafts_marked()
    {
        Assert.Equal("127.0.0.1", _address.Host);

        var home = await _http.GetStringAsync(_address);
        var draft = await _http.GetStringAsync(new Uri(_address, "jan/index.html"));

        Assert.Contains($"<script src=\"{_address.AbsolutePath}__portret/live.js\"></script></body>", home, StringComparison.Ordinal);
        Assert.Contains("Maria", home, StringComparison.Ordinal);
        Assert.Contains("class=\"status-banner\"", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_edit_is_rebuilt_and_announced_within_two_seconds()
    {
        await using var events = new ServerEvents(_address);
        await events.Connected;

        var saved = Stopwatch.StartNew();
        await File.WriteAllTextAsync(MariaIndex, TempSite.Approved("Maria", body: "Een nieuwe zin over de dijk."));
        var announced = await events.NextAsync(TimeSpan.FromSeconds(10));
        saved.Stop();

        Assert.Equal("reload", announced.Name);
        Assert.True(saved.Elapsed < TimeSpan.FromSeconds(2), $"announced after {saved.Elapsed.TotalSeconds:0.00} s");
        Assert.Contains("Een nieuwe zin over de dijk.", await _http.GetStringAsync(new Uri(_address, "maria/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_front_matter_is_announced_with_file_and_line_and_fixing_it_recovers()
    {
        await using var events = new ServerEvents(_address);
        await events.Connected;

        await File.WriteAllTextAsync(MariaIndex, "---\nname: Maria\nborn: 1938-13-01\n---\nTekst.");
        var broken = await events.NextAsync(TimeSpan.FromSeconds(10));
        var stillServed = await _http.GetStringAsync(new Uri(_address, "maria/index.html"));
        await File.WriteAllTextAsync(MariaIndex, TempSite.Approved("Maria", body: "Hersteld."));
        var fixedAgain = await events.NextAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("errors", broken.Name);
        Assert.Contains("input/portraits/maria/index.md:3: born: '1938-13-01' is not a date", broken.Data, StringComparison.Ordinal);
        Assert.Contains("De eerste versie van het verhaal.", stillServed, StringComparison.Ordinal);
        Assert.Equal("reload", fixedAgain.Name);
        Assert.Contains("Hersteld.", await _http.GetStringAsync(new Uri(_address, "maria/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tab_that_opens_while_the_build_is_broken_hears_the_errors_at_once()
    {
        await using (var first = new ServerEvents(_address))
        {
            await first.Connected;
            await File.WriteAllTextAsync(MariaIndex, "---\nname: Maria\nstatus: finished\n---\n");
            Assert.Equal("errors", (await first.NextAsync(TimeSpan.FromSeconds(10))).Name);
        }

        await using var late = new ServerEvents(_address);
        var state = await late.NextAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("errors", state.Name);
        Assert.Contains("status: 'finished' is not one of draft, review, approved, withdrawn", state.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_changes_apply_without_a_restart()
    {
        await using var events = new ServerEvents(_address);
        await events.Connected;

        await File.WriteAllTextAsync(Path.Combine(_site.Root, "statiq.json"), TempSite.DefaultSettings.Replace("\"Test\"", "\"Renamed Site\"", StringComparison.Ordinal));
        await events.NextAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("Renamed Site", await _http.GetStringAsync(_address), StringComparison.Ordinal);
    }
}
