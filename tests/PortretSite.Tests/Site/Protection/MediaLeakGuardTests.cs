using PortretSite.Site.Protection;
using Xunit;

namespace PortretSite.Tests.Site.Protection;

public sealed class MediaLeakGuardTests
{
    private static readonly MediaLeakGuard Guard = new(new Dictionary<string, MediaItem> { ["abc123-960.jpg"] = new("item", "stamp", () => new byte[32]) });

    [Fact]
    public void A_page_that_names_a_photo_file_of_the_site_fails_the_build()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Guard.Check("<a href=\"../media/abc123-960.jpg\">x</a>"));

        Assert.Contains("media/abc123-960.jpg", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_about_media_and_other_files_pass()
    {
        Guard.Check("<p>social media/networks, <img srcset=\"media/other-480.jpg 480w\"></p>");
    }
}
