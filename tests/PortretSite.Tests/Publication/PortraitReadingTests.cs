using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Content.Story;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;
using Xunit;

namespace PortretSite.Tests.Publication;

/// <summary>Which reading of a portrait each audience gets, and which one its booklet prints.</summary>
public sealed class PortraitReadingTests
{
    private static readonly SiteSettings Settings = new()
    {
        Audiences =
        [
            new Audience("family-a", "Family A"),
            new Audience("family-b", "Family B"),
            new Audience("team-c", "Team C") { Kind = AudienceKind.Team },
        ],
    };

    private static readonly Portrait Maria = new()
    {
        Slug = "maria",
        RelativeFolder = "input/portraits/maria",
        FullFolder = "/site/input/portraits/maria",
        Name = "Maria",
        Status = PortraitStatus.Approved,
        Audiences = ["family-a", "family-b", "team-c"],
        Observations = "Slaapt slecht na bezoek.",
        Wishes = "Geen ziekenhuis meer.",
        Legacy = "Het recept.",
    };

    [Fact]
    public void Nothing_restricted_is_one_reading_of_the_whole_portrait_itself()
    {
        var planned = PlanOf(Maria);

        var reading = Assert.Single(planned.Readings);
        Assert.True(reading.IsWhole);
        Assert.Equal("", reading.Id);
        Assert.Same(Maria, reading.Portrait);
        Assert.Equal(["family-a", "family-b", "team-c"], reading.Audiences);
    }

    [Fact]
    public void Audiences_with_the_same_hidden_parts_share_a_reading_without_those_parts()
    {
        var planned = PlanOf(Maria with { Visibility = Restricted(("observations", ["team-c"]), ("wishes", ["family-a", "team-c"])) });

        Assert.Equal([("observations", "family-a"), ("observations+wishes", "family-b"), ("", "team-c")], planned.Readings.Select(r => (r.Id, string.Join(',', r.Audiences))));
        var familyA = planned.ReadingOf("family-a")!.Portrait;
        Assert.Null(familyA.Observations);
        Assert.Equal("Geen ziekenhuis meer.", familyA.Wishes);
        Assert.Null(planned.ReadingOf("family-b")!.Portrait.Wishes);
        Assert.Equal("Het recept.", planned.ReadingOf("family-b")!.Portrait.Legacy);
        Assert.Equal("Slaapt slecht na bezoek.", planned.ReadingOf("team-c")!.Portrait.Observations);

        var shared = PlanOf(Maria with { Visibility = Restricted(("observations", ["team-c"])) });
        Assert.Equal([("observations", "family-a,family-b"), ("", "team-c")], shared.Readings.Select(r => (r.Id, string.Join(',', r.Audiences))));
    }

    [Fact]
    public void Each_audience_reads_its_own_reading_of_the_portrait()
    {
        var plan = PublicationPlanner.Plan(new SiteContent("/site", Settings, [Maria with { Visibility = Restricted(("observations", ["team-c"])) }], []), PlanPurpose.Preview, null, null, new DiagnosticBag());

        Assert.Null(Assert.Single(plan.Audiences.Single(a => a.Audience.Id == "family-a").Portraits).Observations);
        Assert.Equal("observations", Assert.Single(plan.Audiences.Single(a => a.Audience.Id == "family-b").Readings).Id);
        Assert.NotNull(Assert.Single(plan.Audiences.Single(a => a.Audience.Id == "team-c").Portraits).Observations);
    }

    [Fact]
    public void A_hidden_chapter_is_not_in_the_readings_story()
    {
        var folder = Directory.CreateTempSubdirectory("portret-reading-").FullName;
        try
        {
            StorySource[] sources =
            [
                new("index.md", 1, "Opening."),
                new("02-familie.md", 4, "# Voor de familie\n\nHet schrift in de lade.") { Audiences = ["family-a"] },
            ];
            var story = StoryChecker.Check(sources, "nl", new PortraitFolder(folder, "input/portraits/maria"), new DiagnosticBag());
            var planned = PlanOf(Maria with { FullFolder = folder, Story = story });

            Assert.Equal("chapter:02-familie.md", planned.ReadingOf("team-c")!.Id);
            Assert.DoesNotContain("schrift", string.Join(' ', planned.ReadingOf("team-c")!.Portrait.Story.Sources.Select(s => s.Markdown)), StringComparison.Ordinal);
            Assert.Equal(["index.md"], planned.ReadingOf("team-c")!.Portrait.Story.Sources.Select(s => s.RelativePath));
            Assert.Single(planned.ReadingOf("team-c")!.Portrait.Story.Document!.OfType<Markdig.Syntax.ParagraphBlock>());
            Assert.Same(story, planned.ReadingOf("family-a")!.Portrait.Story);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unlisted_photo_placed_only_in_a_hidden_chapter_leaves_the_gallery_with_it()
    {
        var folder = Directory.CreateTempSubdirectory("portret-reading-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "photos"));
            foreach (var name in new[] { "listed.jpg", "in-chapter.jpg", "loose.jpg" })
            {
                File.Copy(TestSupport.RepositoryPaths.Fixture("content/small.jpg"), Path.Combine(folder, "photos", name));
            }

            StorySource[] sources =
            [
                new("index.md", 1, "Opening."),
                new("02-familie.md", 4, "# Voor de familie\n\n![Het schrift](photos/in-chapter.jpg)") { Audiences = ["family-a"] },
            ];
            var story = StoryChecker.Check(sources, "nl", new PortraitFolder(folder, "input/portraits/maria"), new DiagnosticBag());
            PortraitPhoto Photo(string name, bool listed) => new(new PhotoRef($"photos/{name}", $"photos/{name}", Path.Combine(folder, "photos", name)), null, null, listed);
            var planned = PlanOf(Maria with { FullFolder = folder, Story = story, Photos = [Photo("listed.jpg", true), Photo("in-chapter.jpg", false), Photo("loose.jpg", false)] });

            Assert.Equal(["photos/listed.jpg", "photos/loose.jpg"], planned.ReadingOf("team-c")!.Portrait.Photos.Select(p => p.File.RelativePath));
            Assert.Equal(3, planned.ReadingOf("family-a")!.Portrait.Photos.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Hidden_photos_are_every_photo_of_the_portrait()
    {
        var photo = new PhotoRef("photos/a.jpg", "photos/a.jpg", "/site/input/portraits/maria/photos/a.jpg");
        var withPhotos = Maria with
        {
            Cover = photo,
            Photos = [new PortraitPhoto(photo, "Onderschrift", null, Listed: true)],
            Timeline = [new TimelineEvent(new PartialDate(1950, null, null), "Trouwdag", Mood.High, null, photo)],
            Visibility = Restricted(("photos", ["family-a"])),
        };

        var team = PlanOf(withPhotos).ReadingOf("team-c")!.Portrait;

        Assert.Null(team.Cover);
        Assert.Empty(team.Photos);
        Assert.Null(Assert.Single(team.Timeline).Photo);
        Assert.Empty(team.Story.Photos);
    }

    [Theory]
    [InlineData(null, "observations+wishes", new[] { "Family A", "Family B" })]
    [InlineData("team-c", "", new[] { "Team C" })]
    [InlineData("family-a", "observations", new[] { "Family A" })]
    public void The_booklet_prints_what_every_family_may_read_unless_told_whose_reading(string? chosen, string readingId, string[] madeFor)
    {
        var booklet = PlanOf(Maria with { Visibility = Restricted(("observations", ["team-c"]), ("wishes", ["family-a", "team-c"])), PrintAudience = chosen }).Booklet!;

        Assert.Equal(readingId, booklet.Reading.Id);
        Assert.Equal(madeFor, booklet.MadeFor.Select(a => a.DisplayName));
    }

    [Fact]
    public void A_portrait_only_teams_read_prints_what_all_of_them_may_read()
    {
        var booklet = PlanOf(Maria with { Audiences = ["team-c"] }).Booklet!;

        Assert.Equal(["Team C"], booklet.MadeFor.Select(a => a.DisplayName));
        Assert.True(booklet.Reading.IsWhole);
    }

    private static PlannedPortrait PlanOf(Portrait portrait) =>
        Assert.Single(PublicationPlanner.Plan(new SiteContent("/site", Settings, [portrait], []), PlanPurpose.Preview, null, null, new DiagnosticBag()).Portraits);

    private static Dictionary<string, IReadOnlyList<string>> Restricted(params (string Part, string[] Audiences)[] parts) =>
        parts.ToDictionary(p => p.Part, p => (IReadOnlyList<string>)p.Audiences, StringComparer.Ordinal);
}
