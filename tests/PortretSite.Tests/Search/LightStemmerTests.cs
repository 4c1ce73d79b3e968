using PortretSite.Search;
using Xunit;

namespace PortretSite.Tests.Search;

public sealed class LightStemmerTests
{
    [Theory]
    [InlineData("wandelingen", "wandel")]
    [InlineData("wandeling", "wandel")]
    [InlineData("wandelen", "wandel")]
    [InlineData("wandel", "wandel")]
    [InlineData("jaren", "jar")]
    [InlineData("jaar", "jar")]
    [InlineData("bakken", "bak")]
    [InlineData("bakkers", "bakker")]
    [InlineData("zingen", "zing")]
    [InlineData("mogelijkheden", "mogelijkheid")]
    [InlineData("huis", "huis")]
    public void Dutch_forms_meet_at_one_stem(string word, string stem) => Assert.Equal(stem, LightStemmer.Stem(word, "nl"));

    [Theory]
    [InlineData("walking", "walk")]
    [InlineData("walks", "walk")]
    [InlineData("walked", "walk")]
    [InlineData("running", "run")]
    [InlineData("stories", "story")]
    [InlineData("dancing", "danc")]
    [InlineData("dance", "danc")]
    [InlineData("falling", "fall")]
    public void English_forms_meet_at_one_stem(string word, string stem) => Assert.Equal(stem, LightStemmer.Stem(word, "en"));

    [Fact]
    public void A_word_and_its_stem_share_the_two_letters_that_choose_its_chunk()
    {
        var words = Directory.EnumerateFiles(Path.Combine(TestSupport.RepositoryPaths.Root, "input"), "*.md", SearchOption.AllDirectories)
            .SelectMany(f => TextFolding.Words(File.ReadAllText(f))).Where(w => w.Length >= SearchIndexBuilder.ChunkPrefix).Distinct();
        foreach (var word in words)
        {
            foreach (var language in new[] { "nl", "en" })
            {
                Assert.StartsWith(word[..SearchIndexBuilder.ChunkPrefix], LightStemmer.Stem(word, language), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("Josée", "josee")]
    [InlineData("ÉÉN", "een")]
    [InlineData("Çava", "cava")]
    public void Folding_drops_case_and_accents(string word, string folded) => Assert.Equal([folded], TextFolding.Words(word));
}
