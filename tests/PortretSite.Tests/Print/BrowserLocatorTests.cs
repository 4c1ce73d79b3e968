using PortretSite.Print;
using PortretSite.Print.Browser;
using Xunit;

namespace PortretSite.Tests.Print;

public sealed class BrowserLocatorTests
{
    [Fact]
    public void The_configured_browser_wins()
    {
        var configured = Path.GetTempFileName();
        try
        {
            Assert.Equal(configured, BrowserLocator.Locate(name => name == BrowserLocator.EnvironmentVariable ? configured : null));
        }
        finally
        {
            File.Delete(configured);
        }
    }

    [Fact]
    public void A_configured_browser_that_does_not_exist_is_an_error_that_names_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-chromium-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<BrowserNotFoundException>(() => BrowserLocator.Locate(name => name == BrowserLocator.EnvironmentVariable ? missing : "/usr/bin"));

        Assert.Equal(PrintMessages.ConfiguredBrowserMissing(missing), error.Reason);
        Assert.Contains(missing, error.Reason.Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_browser_the_message_says_how_to_install_one_in_both_languages()
    {
        Assert.Contains("apt-get install chromium", PrintMessages.BrowserNotFound.English, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", PrintMessages.BrowserNotFound.Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void This_machine_has_a_browser()
    {
        Assert.True(File.Exists(BrowserLocator.Locate()));
    }
}
