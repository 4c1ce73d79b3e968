using PortretSite.Print.Browser;
using Xunit;

namespace PortretSite.Tests.Print;

public sealed class BrowserHostTests
{
    [Fact]
    public async Task The_browser_starts_with_the_first_job_and_closes_even_when_a_job_failed()
    {
        var host = new BrowserHost();
        Assert.False(host.Started);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using (host)
            {
                await using var context = await host.NewContextAsync();
                Assert.True(host.Started);
                throw new InvalidOperationException("a job failed");
            }
        });

        Assert.False(host.Started);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => host.NewContextAsync());
    }
}
