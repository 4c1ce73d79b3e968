using PortretSite.Publication.Passphrases;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Publication;

/// <summary>Generated passphrases carry what they claim (word list size × word count); weak chosen ones are refused; none is logged.</summary>
public sealed class PassphraseTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void A_generated_passphrase_is_six_words_from_a_list_of_7776_distinct_words_carrying_over_77_bits(string language)
    {
        var list = WordList.For(language);

        var passphrase = PassphraseGenerator.Generate(language);

        Assert.Equal(7776, list.Words.Count);
        Assert.Equal(7776, list.Contains.Count);
        Assert.All(list.Words, w => Assert.Matches("^[a-z-]{3,10}$", w));
        var words = passphrase.Text.Split(' ');
        Assert.Equal(6, words.Length);
        Assert.All(words, w => Assert.Contains(w, list.Contains));
        Assert.Equal(6 * Math.Log2(7776), passphrase.EntropyBits, 6);
        Assert.True(passphrase.EntropyBits >= 77);
    }

    [Fact]
    public void Draws_spread_over_the_whole_list()
    {
        var drawn = Enumerable.Range(0, 2000).SelectMany(_ => PassphraseGenerator.Generate("nl").Text.Split(' ')).ToList();

        // 12,000 uniform draws from 7,776 words reach about 6,100 distinct ones; a skewed source far fewer.
        Assert.InRange(drawn.Distinct().Count(), 5600, 6600);
    }

    [Theory]
    [InlineData("appel boot brug dijk duin")]
    [InlineData("wachtwoord12")]
    [InlineData("Zomer2024!ab")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("oma oma oma oma oma oma oma")]
    public void Weak_chosen_passphrases_are_refused(string passphrase) => Assert.False(PassphraseStrength.IsStrongEnough(passphrase), $"{PassphraseStrength.EstimateBits(passphrase):0} bits");

    [Theory]
    [InlineData("de linde schenkt om tien uur koffie")]
    [InlineData("blauwe vogels zingen 's ochtends")]
    public void Sentences_of_several_ordinary_words_pass(string passphrase) => Assert.True(PassphraseStrength.IsStrongEnough(passphrase), $"{PassphraseStrength.EstimateBits(passphrase):0} bits");

    [Fact]
    public void Every_generated_passphrase_passes_the_strength_check() =>
        Assert.All(Enumerable.Range(0, 200), _ => Assert.True(PassphraseStrength.IsStrongEnough(PassphraseGenerator.Generate("en").Text)));

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_reader_s_passphrase_holds_nothing_of_their_name_is_kept_for_the_editor_alone_and_never_logged_by_a_build()
    {
        using var site = new TempSite().WithPasswords().WithPortrait("maria", TempSite.Approved("Maria"));

        var added = await PortretProcess.RunAsync("readers", "add", "Lieve Verhaegen", "--audience", "family-a", "--root", site.Root);
        var passphrase = added.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var build = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");
        var list = await PortretProcess.RunAsync("readers", "list", "--root", site.Root);

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(6, passphrase.Split(' ').Length);
        Assert.DoesNotContain("lieve", passphrase, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("verhaegen", passphrase, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(site.Root, ".portret", "readers")));
        Assert.DoesNotContain(passphrase, File.ReadAllText(Path.Combine(site.Root, "readers.json")), StringComparison.Ordinal);
        Assert.Contains("Lieve Verhaegen", File.ReadAllText(Path.Combine(site.Root, "readers.json")), StringComparison.Ordinal);
        Assert.Equal(0, build.ExitCode);
        Assert.DoesNotContain(passphrase, build.Output + build.Error, StringComparison.Ordinal);
        Assert.Contains("Lieve Verhaegen", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, list.Output + list.Error, StringComparison.Ordinal);
    }
}
