using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Content.Recognition;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Publication;
using Xunit;

namespace PortretSite.Tests.Publication;

/// <summary>The planner's rules about recognition and consent: each decided once, each said at a path and a line.</summary>
public sealed class RecognitionAndConsentPlannerTests
{
    private const string File = "input/portraits/maria/index.md";
    private const int ApprovedLine = 4;
    private const int AudiencesLine = 8;

    private static readonly SiteSettings Settings = new()
    {
        Audiences = [new Audience("family-a", "Family A"), new Audience("family-b", "Family B")],
    };

    private static readonly AudiencePasswords Passwords = AudiencePasswords.Of([("family-a", "a long passphrase for a"), ("family-b", "a long passphrase for b")]);

    private static readonly ContentFingerprint Recognised = ContentFingerprint.Of([new("index.md", new string('a', 64)), new("photos/dijk.jpg", new string('b', 64))]);

    private static readonly ContentFingerprint Edited = ContentFingerprint.Of([new("index.md", new string('a', 64)), new("photos/dijk.jpg", new string('c', 64))]);

    [Theory]
    [InlineData(PlanPurpose.Publish, Visibility.Withheld, false, true)]
    [InlineData(PlanPurpose.Check, Visibility.Withheld, true, true)]
    [InlineData(PlanPurpose.Preview, Visibility.Withheld, true, false)]
    [InlineData(PlanPurpose.PrintOne, Visibility.Withheld, true, false)]
    public void A_portrait_changed_since_approval_is_withheld_and_the_build_says_which_files_and_how_to_approve_it_again(PlanPurpose purpose, Visibility visibility, bool included, bool warned)
    {
        var diagnostics = new DiagnosticBag();
        var plan = Plan(purpose, diagnostics, Approved("maria", Recognised, now: Edited), Approved("jan", Recognised, now: Recognised));

        var maria = plan.Portraits.Single(p => p.Slug == "maria");
        Assert.Equal((visibility, PlanReason.ChangedSinceApproval, included), (maria.Visibility, maria.Reason, maria.Included));
        Assert.Equal(["photos/dijk.jpg"], maria.Approval.ChangedFiles);
        Assert.Equal(["jan"], plan.Published.Select(p => p.Slug));
        var about = AboutPortraits(diagnostics);
        if (warned)
        {
            var warning = Assert.Single(about);
            Assert.Equal((Severity.Warning, File, (int?)ApprovedLine), (warning.Severity, warning.Path, warning.Line));
            Assert.Contains("changed since Maria recognised it on 2025-01-02 (changed: photos/dijk.jpg)", warning.Message.English, StringComparison.Ordinal);
            Assert.Contains("portret approve maria --by \"Maria\"", warning.Message.English, StringComparison.Ordinal);
            Assert.Contains("gewijzigd: photos/dijk.jpg", warning.Message.Dutch, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(about);
        }
    }

    [Fact]
    public void An_approval_from_before_fingerprints_is_published_as_before_with_a_warning_that_gives_the_command()
    {
        var diagnostics = new DiagnosticBag();
        var plan = Plan(PlanPurpose.Publish, diagnostics, Approved("maria", fingerprint: null, now: null));

        var maria = Assert.Single(plan.Portraits);
        Assert.Equal((Visibility.Published, ApprovalState.WithoutFingerprint), (maria.Visibility, maria.Approval.State));
        var warning = Assert.Single(AboutPortraits(diagnostics));
        Assert.Equal((Severity.Warning, File, (int?)ApprovedLine), (warning.Severity, warning.Path, warning.Line));
        Assert.EndsWith("portret approve maria --by \"Maria\" --on 2025-01-02", warning.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_consent_block_every_audience_reads_it_and_its_booklet_prints_as_before()
    {
        var diagnostics = new DiagnosticBag();
        var plan = Plan(PlanPurpose.Publish, diagnostics, Approved("maria", Recognised, Recognised, audiences: ["family-a", "family-b"]));

        var maria = Assert.Single(plan.Portraits);
        Assert.Equal((Visibility.Published, false, true), (maria.Visibility, maria.Consent.Recorded, maria.Booklet is not null));
        Assert.Equal(["family-a", "family-b"], maria.Readers);
        Assert.Equal(["maria"], plan.Booklets.Select(b => b.Portrait.Slug));
        Assert.Empty(diagnostics.ToList());
    }

    public static TheoryData<string, string?, string?, Consent[], string[], string?> ConsentCases() => new()
    {
        // An adult's own consent, or one who speaks for them, for the audiences it names.
        { "adult, own consent for all", "1950", null, [Given(ConsentRelation.Self)], ["family-a", "family-b"], null },
        { "adult, a representative", "1950", null, [Given(ConsentRelation.Representative)], ["family-a", "family-b"], null },
        { "adult, consent for one audience", "1950", null, [Given(ConsentRelation.Self, "family-a")], ["family-a"], "audience 'family-b' has no consent from the person, or a guardian or representative who speaks for them" },
        { "adult, only a parent", "1950", null, [Given(ConsentRelation.Parent)], [], "audience 'family-a' has no consent from the person, or a guardian or representative who speaks for them" },
        // Under 16 on the day of approval: the child and a parent or guardian.
        { "child, own consent only", "2012-05-01", null, [Given(ConsentRelation.Self)], [], "audience 'family-a' has no consent from a parent or guardian (relation: parent or guardian), as the person was under 16 on 2025-01-02" },
        { "child, a parent only", "2012-05-01", null, [Given(ConsentRelation.Parent)], [], "audience 'family-a' has no consent from the person themselves (relation: self; under 16 on 2025-01-02" },
        { "child, both", "2012-05-01", null, [Given(ConsentRelation.Self), Given(ConsentRelation.Guardian)], ["family-a", "family-b"], null },
        { "sixteen on the day", "2009-01-02", null, [Given(ConsentRelation.Self)], ["family-a", "family-b"], null },
        { "a year of birth counts as its last day", "2009", null, [Given(ConsentRelation.Self)], [], "audience 'family-a' has no consent from a parent or guardian" },
        // After a death: the family member named representative.
        { "died, own consent from before", "1936", "2023-11-19", [Given(ConsentRelation.Self)], [], "audience 'family-a' has no consent from the family member who speaks for the person who died (relation: representative)" },
        { "died, a representative", "1936", "2023-11-19", [Given(ConsentRelation.Representative)], ["family-a", "family-b"], null },
    };

    [Theory]
    [MemberData(nameof(ConsentCases))]
    public void An_audience_without_the_consent_it_needs_is_not_a_reader_and_is_an_error_at_the_audiences_line(string because, string? born, string? died, Consent[] consents, string[] readers, string? error)
    {
        var diagnostics = new DiagnosticBag();
        var portrait = Approved("maria", Recognised, Recognised, audiences: ["family-a", "family-b"]) with
        {
            Born = Date(born),
            Died = Date(died),
            Consent = consents,
        };

        var planned = Assert.Single(Plan(PlanPurpose.Publish, diagnostics, portrait).Portraits);

        Assert.True(readers.SequenceEqual(planned.Readers), because + ": " + string.Join(", ", planned.Readers));
        var errors = diagnostics.ToList().Where(d => d.IsError).ToList();
        if (error is null)
        {
            Assert.Empty(errors);
            return;
        }

        Assert.All(errors, e => Assert.Equal((File, (int?)AudiencesLine), (e.Path, e.Line)));
        Assert.Contains(errors, e => e.Message.English.StartsWith(error, StringComparison.Ordinal));
        Assert.Equal(readers.Length == 0 ? Visibility.Withheld : Visibility.Published, planned.Visibility);
    }

    [Fact]
    public void Without_consent_to_print_the_portrait_gets_no_booklet_and_a_warning_at_the_consent()
    {
        var diagnostics = new DiagnosticBag();
        var noPrint = Approved("maria", Recognised, Recognised) with { Consent = [Given(ConsentRelation.Self) with { Print = false }] };
        var print = Approved("jan", Recognised, Recognised) with { Consent = [Given(ConsentRelation.Self)] };

        var plan = Plan(PlanPurpose.Publish, diagnostics, noPrint, print);

        Assert.Equal(["maria", "jan"], plan.Published.Select(p => p.Slug));
        Assert.Equal(["jan"], plan.Booklets.Select(b => b.Portrait.Slug));
        Assert.False(plan.HasBooklet("maria"));
        var warning = Assert.Single(AboutPortraits(diagnostics));
        Assert.Equal((Severity.Warning, File, (int?)10), (warning.Severity, warning.Path, warning.Line));
        Assert.StartsWith("no consent to print from the person", warning.Message.English, StringComparison.Ordinal);

        // One booklet printed to read together at the kitchen table needs no consent.
        var one = PublicationPlanner.Plan(new SiteContent("/site", Settings, [noPrint], []), PlanPurpose.PrintOne, null, "maria", new DiagnosticBag());
        Assert.Equal(["maria"], one.Booklets.Select(b => b.Portrait.Slug));
    }

    /// <summary>Audiences left without a portrait are told about in the settings file, a rule of its own.</summary>
    private static List<Diagnostic> AboutPortraits(DiagnosticBag diagnostics) => [.. diagnostics.ToList().Where(d => d.Path != "statiq.json")];

    private static Consent Given(ConsentRelation relation, params string[] audiences) =>
        new("Someone", relation, new PartialDate(2025, 1, 1), audiences.Length == 0 ? null : audiences, Print: true, Line: 10);

    private static PartialDate? Date(string? written) => written is null ? null : PartialDate.TryParse(written, out var date) ? date : throw new ArgumentException(written);

    private static PublicationPlan Plan(PlanPurpose purpose, DiagnosticBag diagnostics, params Portrait[] portraits) =>
        PublicationPlanner.Plan(new SiteContent("/site", Settings, portraits, []), purpose, purpose is PlanPurpose.Publish or PlanPurpose.Check ? Passwords : null, portraits[0].Slug, diagnostics);

    private static Portrait Approved(string slug, ContentFingerprint? fingerprint, ContentFingerprint? now, string[]? audiences = null) => new()
    {
        Slug = slug,
        RelativeFolder = "input/portraits/" + slug,
        FullFolder = "/site/input/portraits/" + slug,
        Name = slug,
        Status = PortraitStatus.Approved,
        Approved = new Approval(char.ToUpperInvariant(slug[0]) + slug[1..], new PartialDate(2025, 1, 2)) { Fingerprint = fingerprint, Line = ApprovedLine },
        Audiences = audiences ?? ["family-a"],
        AudiencesLine = AudiencesLine,
        Fingerprint = now,
    };
}
