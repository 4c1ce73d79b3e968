using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;
using Xunit;

namespace PortretSite.Tests.Publication;

/// <summary>The publication rule for every status, audience and password case, and for every kind of run.</summary>
public sealed class PublicationPlannerTests
{
    private static readonly SiteSettings Settings = new()
    {
        Audiences = [new Audience("family-a", "Family A"), new Audience("family-b", "Family B"), new Audience("team-c", "Team C")],
    };

    // family-a and family-b have a password, team-c has none.
    private static readonly AudiencePasswords Passwords = AudiencePasswords.Of([("family-a", "a long passphrase for a"), ("family-b", "a long passphrase for b")]);

    public static TheoryData<PortraitStatus, string[], PlanPurpose, Visibility, bool, Severity?> Cases()
    {
        var data = new TheoryData<PortraitStatus, string[], PlanPurpose, Visibility, bool, Severity?>();
        foreach (var purpose in Enum.GetValues<PlanPurpose>())
        {
            var printed = purpose == PlanPurpose.PrintOne;
            var everything = purpose is PlanPurpose.Preview or PlanPurpose.Check || printed;
            var needsPasswords = purpose is PlanPurpose.Publish or PlanPurpose.Check;
            foreach (var status in new[] { PortraitStatus.Draft, PortraitStatus.Review })
            {
                // Unapproved portraits are never published and never need a password.
                data.Add(status, ["family-a"], purpose, Visibility.PreviewOnly, everything, null);
                data.Add(status, ["team-c"], purpose, Visibility.PreviewOnly, everything, null);
            }

            data.Add(PortraitStatus.Approved, ["family-a"], purpose, Visibility.Published, true, null);
            data.Add(PortraitStatus.Approved, ["family-a", "family-b"], purpose, Visibility.Published, true, null);
            data.Add(PortraitStatus.Approved, [], purpose, Visibility.Published, true, null);

            // A build cannot publish to an audience it cannot open; a check only warns; preview and print need no password.
            var (withoutPassword, severity) = purpose switch
            {
                PlanPurpose.Publish => (Visibility.Withheld, (Severity?)Severity.Error),
                PlanPurpose.Check => (Visibility.Published, Severity.Warning),
                _ => (Visibility.Published, (Severity?)null),
            };
            data.Add(PortraitStatus.Approved, ["team-c"], purpose, withoutPassword, !needsPasswords || purpose == PlanPurpose.Check, severity);
            data.Add(PortraitStatus.Approved, ["family-a", "team-c"], purpose, withoutPassword, !needsPasswords || purpose == PlanPurpose.Check, severity);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_status_audience_and_password_case_is_decided_once(PortraitStatus status, string[] audiences, PlanPurpose purpose, Visibility visibility, bool included, Severity? diagnostic)
    {
        var diagnostics = new DiagnosticBag();
        var plan = Plan(purpose, diagnostics, Portrait("maria", status, audiences));

        var planned = Assert.Single(plan.Portraits);
        Assert.Equal(visibility, planned.Visibility);
        Assert.Equal(included, planned.Included);
        Assert.Equal(audiences, planned.Readers);
        // Audiences left without a portrait are told about in the settings file (a test of its own below).
        var aboutThePortrait = diagnostics.ToList().Where(d => d.Path != "statiq.json").ToList();
        Assert.Equal(diagnostic, aboutThePortrait.SingleOrDefault()?.Severity);
        if (diagnostic is not null)
        {
            Assert.Equal(("input/portraits/maria/index.md", "team-c"), (aboutThePortrait[0].Path, Quoted(aboutThePortrait[0].Message.English)));
        }
    }

    [Fact]
    public void The_reason_follows_the_status_and_the_missing_password()
    {
        var plan = Plan(PlanPurpose.Publish, new DiagnosticBag(),
            Portrait("draft", PortraitStatus.Draft, ["family-a"]),
            Portrait("review", PortraitStatus.Review, ["family-a"]),
            Portrait("approved", PortraitStatus.Approved, ["family-a"]),
            Portrait("no-key", PortraitStatus.Approved, ["team-c"]));

        Assert.Equal(
            [("draft", PlanReason.Draft), ("review", PlanReason.InReview), ("approved", PlanReason.Approved), ("no-key", PlanReason.AudienceWithoutPassword)],
            plan.Portraits.Select(p => (p.Slug, p.Reason)));
        Assert.Equal(["approved"], plan.Published.Select(p => p.Slug));
        Assert.Equal(["draft", "review", "no-key"], plan.Unpublished.Select(p => p.Slug));
    }

    [Theory]
    [InlineData(PlanPurpose.Publish, "review")]
    [InlineData(PlanPurpose.PrintOne, "review")]
    [InlineData(PlanPurpose.Check, "")]
    [InlineData(PlanPurpose.Preview, "")]
    public void A_portrait_in_review_gets_a_review_copy_in_a_build_and_when_printed_alone(PlanPurpose purpose, string expected)
    {
        var contents = Content(
            Portrait("draft", PortraitStatus.Draft, ["family-a"]),
            Portrait("review", PortraitStatus.Review, ["family-a"]),
            Portrait("approved", PortraitStatus.Approved, ["family-a"]));
        var plan = PublicationPlanner.Plan(contents, purpose, Passwords, onlySlug: purpose == PlanPurpose.PrintOne ? "review" : null, new DiagnosticBag());

        Assert.Equal(expected.Length == 0 ? [] : [expected], plan.ReviewCopies.Select(p => p.Slug));
    }

    [Theory]
    [InlineData(PlanPurpose.Publish)]
    [InlineData(PlanPurpose.Check)]
    [InlineData(PlanPurpose.Preview)]
    [InlineData(PlanPurpose.PrintOne)]
    public void A_withdrawn_portrait_is_in_no_run_only_counted(PlanPurpose purpose)
    {
        var diagnostics = new DiagnosticBag();
        var contents = Content(
            Portrait("withdrawn", PortraitStatus.Withdrawn, ["family-a", "team-c"]),
            Portrait("approved", PortraitStatus.Approved, ["family-a"]));
        var plan = PublicationPlanner.Plan(contents, purpose, Passwords, onlySlug: purpose == PlanPurpose.PrintOne ? "withdrawn" : null, diagnostics);

        Assert.DoesNotContain(plan.Portraits, p => p.Slug == "withdrawn");
        Assert.DoesNotContain(plan.Audiences.SelectMany(a => a.Portraits), p => p.Slug == "withdrawn");
        Assert.Empty(plan.ReviewCopies);
        Assert.Equal(1, plan.Withdrawn);
        // Nothing is said about it; printing it alone is printing a portrait that is not there.
        Assert.DoesNotContain(diagnostics.ToList(), d => d.Path.Contains("withdrawn/", StringComparison.Ordinal));
        Assert.Equal(purpose == PlanPurpose.PrintOne, diagnostics.HasErrors);
    }

    [Fact]
    public void Printing_one_approved_portrait_makes_no_review_copy()
    {
        var contents = Content(Portrait("review", PortraitStatus.Review, ["family-a"]), Portrait("approved", PortraitStatus.Approved, ["family-a"]));

        Assert.Empty(PublicationPlanner.Plan(contents, PlanPurpose.PrintOne, Passwords, onlySlug: "approved", new DiagnosticBag()).ReviewCopies);
    }

    [Fact]
    public void Each_audience_gets_its_passwords_and_only_its_published_portraits()
    {
        var plan = Plan(PlanPurpose.Publish, new DiagnosticBag(),
            Portrait("only-a", PortraitStatus.Approved, ["family-a"]),
            Portrait("both", PortraitStatus.Approved, ["family-a", "family-b"]),
            Portrait("draft-a", PortraitStatus.Draft, ["family-a"]));

        var byId = plan.Audiences.ToDictionary(a => a.Audience.Id);
        Assert.Equal(["only-a", "both"], byId["family-a"].Portraits.Select(p => p.Slug));
        Assert.Equal(["both"], byId["family-b"].Portraits.Select(p => p.Slug));
        Assert.Empty(byId["team-c"].Portraits);
        Assert.Equal(["a long passphrase for a"], byId["family-a"].Passwords.Select(p => p.Text));
        Assert.Equal(["family-a", "family-b"], plan.Readable.Select(a => a.Audience.Id));
    }

    [Theory]
    [InlineData(PlanPurpose.Publish, true)]
    [InlineData(PlanPurpose.Check, true)]
    [InlineData(PlanPurpose.Preview, false)]
    [InlineData(PlanPurpose.PrintOne, false)]
    public void An_audience_left_without_a_published_portrait_is_a_warning_where_publishing_is_the_question(PlanPurpose purpose, bool warned)
    {
        var diagnostics = new DiagnosticBag();
        Plan(purpose, diagnostics, Portrait("maria", PortraitStatus.Approved, ["family-a"]), Portrait("jan", PortraitStatus.Draft, ["family-b"]));

        var empty = diagnostics.ToList().Where(d => d.Path == "statiq.json").Select(d => (d.Severity, Quoted(d.Message.English))).ToList();
        Assert.Equal(warned ? [(Severity.Warning, "family-b"), (Severity.Warning, "team-c")] : [], empty);
    }

    [Fact]
    public void A_run_that_protects_nothing_asks_for_no_password()
    {
        var diagnostics = new DiagnosticBag();
        var plan = PublicationPlanner.Plan(Content(Portrait("maria", PortraitStatus.Approved, ["team-c"])), PlanPurpose.Publish, passwords: null, onlySlug: null, diagnostics);

        Assert.DoesNotContain(diagnostics.ToList(), d => d.Path != "statiq.json");
        Assert.Equal(Visibility.Published, Assert.Single(plan.Portraits).Visibility);
    }

    [Fact]
    public void Printing_one_booklet_includes_that_portrait_only_and_names_a_missing_one()
    {
        var diagnostics = new DiagnosticBag();
        var plan = PublicationPlanner.Plan(Content(Portrait("a", PortraitStatus.Draft, []), Portrait("b", PortraitStatus.Approved, [])), PlanPurpose.PrintOne, null, "a", diagnostics);
        Assert.Equal(["a"], plan.Included.Select(p => p.Slug));
        Assert.True(plan.MarksStatus);

        PublicationPlanner.Plan(Content(Portrait("a", PortraitStatus.Draft, [])), PlanPurpose.PrintOne, null, "nobody", diagnostics);
        var error = Assert.Single(diagnostics.ToList());
        Assert.Equal(("input/portraits", "there is no portrait folder 'nobody'"), (error.Path, error.Message.English));
    }

    [Fact]
    public void A_password_never_prints_itself() =>
        Assert.DoesNotContain("secret", $"{new Password("a secret passphrase")}", StringComparison.Ordinal);

    [Theory]
    [InlineData(PlanPurpose.Publish, new[] { "rules", "about" })]
    [InlineData(PlanPurpose.Check, new[] { "rules", "about", "team-only" })]
    [InlineData(PlanPurpose.Preview, new[] { "rules", "about", "team-only" })]
    [InlineData(PlanPurpose.PrintOne, new string[0])]
    public void A_site_page_goes_to_the_audiences_it_names_and_a_build_seals_only_what_someone_can_open(PlanPurpose purpose, string[] rendered)
    {
        var content = Content(Portrait("maria", PortraitStatus.Approved, ["family-a"]));
        var pages = new[] { SitePage("rules", "family-a"), SitePage("about", "family-a", "family-b"), SitePage("team-only", "team-c") };
        var plan = PublicationPlanner.Plan(content with { Pages = pages }, purpose, purpose is PlanPurpose.Publish or PlanPurpose.Check ? Passwords : null, "maria", new DiagnosticBag());

        Assert.Equal(rendered, plan.Pages.Select(p => p.Slug));
        Assert.Equal(["rules", "about"], plan.Audiences.Single(a => a.Audience.Id == "family-a").Pages.Select(p => p.Slug));
        Assert.Equal(["about"], plan.Audiences.Single(a => a.Audience.Id == "family-b").Pages.Select(p => p.Slug));
        // team-c has no password: its page is listed for it, but no reader can open it, so a build does not seal it.
        Assert.DoesNotContain(plan.Readable, a => a.Audience.Id == "team-c" && purpose == PlanPurpose.Publish);
    }

    private static PortretSite.Content.Pages.Page SitePage(string slug, params string[] audiences) => new()
    {
        Slug = slug,
        RelativeFile = $"input/pages/{slug}.md",
        Title = slug,
        Audiences = audiences,
    };

    [Fact]
    public void A_portrait_read_by_a_team_or_by_the_person_themself_has_a_card_and_one_only_families_read_has_none()
    {
        var settings = Settings with
        {
            Audiences = [new Audience("family-a", "Family A"), new Audience("team", "Care team") { Kind = AudienceKind.Team }, new Audience("self", "Maria") { Kind = AudienceKind.Self }],
        };
        var content = new SiteContent("/site", settings, [Portrait("family", PortraitStatus.Approved, ["family-a"]), Portrait("team", PortraitStatus.Approved, ["family-a", "team"]), Portrait("self", PortraitStatus.Approved, ["self"])], []);

        var plan = PublicationPlanner.Plan(content, PlanPurpose.Preview, null, null, new DiagnosticBag());

        Assert.Equal([false, true, true], plan.Portraits.Select(p => plan.HasCard(p.Slug)));
        Assert.Equal([false, true, true], plan.Audiences.Select(a => a.ReadsCards));
    }

    private static PublicationPlan Plan(PlanPurpose purpose, DiagnosticBag diagnostics, params Portrait[] portraits) =>
        PublicationPlanner.Plan(Content(portraits), purpose, purpose is PlanPurpose.Publish or PlanPurpose.Check ? Passwords : null, portraits[0].Slug, diagnostics);

    private static SiteContent Content(params Portrait[] portraits) => new("/site", Settings, portraits, []);

    private static Portrait Portrait(string slug, PortraitStatus status, string[] audiences) => new()
    {
        Slug = slug,
        RelativeFolder = "input/portraits/" + slug,
        FullFolder = "/site/input/portraits/" + slug,
        Name = slug,
        Status = status,
        Audiences = audiences,
    };

    private static string Quoted(string message) => message.Split('\'')[1];
}
