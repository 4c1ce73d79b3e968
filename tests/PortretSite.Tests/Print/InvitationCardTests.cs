using System.Globalization;
using System.Text.RegularExpressions;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Print;

/// <summary><c>portret readers card</c>: an A6 card whose QR code, read off the printed page, is the reader's share link.</summary>
public sealed partial class InvitationCardTests : IDisposable
{
    private readonly TempSite _site = new("""
        {
          "Title": "Onze verhalen",
          "Language": "nl",
          "SiteUrl": "https://verhalen.example/familie/",
          "Audiences": { "family-a": "Familie A", "family-b": "Familie B" }
        }
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_card_is_A6_with_the_passphrase_printed_and_a_QR_code_that_decodes_to_the_share_link()
    {
        var added = await Run("readers", "add", "Lieve Verhaegen", "--audience", "family-a");
        var passphrase = added.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var link = (await Run("readers", "link", "Lieve Verhaegen")).Output.Trim();

        await Run("readers", "card", "Lieve Verhaegen");

        var pdf = Path.Combine(_site.Output, "invitations", "lieve-verhaegen.pdf");
        Assert.StartsWith("https://verhalen.example/familie/#r=", link, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(pdf));
        var size = PageSize().Match(PdfCli.Info(pdf));
        Assert.Equal(105, Math.Round(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture) * 25.4 / 72, 1));
        Assert.Equal(148, Math.Round(double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture) * 25.4 / 72, 1));
        Assert.Equal(1, PdfCli.Pages(pdf));
        var text = string.Join(' ', PdfCli.Text(pdf, 1).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(passphrase, text, StringComparison.Ordinal);
        Assert.Contains("https://verhalen.example/familie/", text, StringComparison.Ordinal);
        Assert.Equal(link, QrCodes.DecodeFromPdf(pdf));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".portret", "cache", "invitation-work")), "the card's HTML, with the passphrase in it, does not stay on disk");
    }

    private async Task<PortretProcess.Outcome> Run(params string[] args)
    {
        var outcome = await PortretProcess.RunAsync([.. args, "--root", _site.Root]);
        Assert.True(outcome.ExitCode == 0, outcome.Error + outcome.Output);
        return outcome;
    }

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();
}
