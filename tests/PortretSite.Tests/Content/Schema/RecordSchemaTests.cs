using PortretSite.Content.Portraits;
using PortretSite.Content.Schema;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Tests.TestSupport;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Tests.Content.Schema;

/// <summary>The schema binder on a small schema of its own: types, required keys, choices, hints and lists of records.</summary>
public sealed class RecordSchemaTests : IDisposable
{
    private const string File = "input/portraits/x/index.md";

    private sealed record Clip(string Title, PartialDate? Recorded, Mood Mood, bool Public);

    private sealed record Sample(string? Name, IReadOnlyList<Clip> Clips, IReadOnlyList<string> Tags);

    private static readonly Key<string?> Title = Key.Of("title", new TextType(), new("t", "t"), required: true);
    private static readonly Key<PartialDate?> Recorded = Key.Of("recorded", new DateType(), new("r", "r"));
    private static readonly Key<Mood?> ClipMood = Key.Of("mood", new ChoiceType<Mood?>([new("high", Mood.High, new("h", "h")), new("low", Mood.Low, new("l", "l"))]), new("m", "m"));
    private static readonly Key<bool?> Public = Key.Of("public", new BooleanType(), new("p", "p"));

    private static readonly RecordSchema<Clip> ClipSchema = new([Title, Recorded, ClipMood, Public],
        v => new Clip(v.Get(Title)!, v.Get(Recorded), v.Get(ClipMood) ?? Mood.Low, v.Get(Public) ?? false));

    private static readonly Key<string?> Name = Key.Of("name", new NonEmptyTextType(), new("n", "n"), required: true);
    private static readonly Key<IReadOnlyList<Clip>> Clips = Key.Of("clips", new RecordListType<Clip>(ClipSchema, orderBy: c => c.Title), new("c", "c"));
    private static readonly Key<IReadOnlyList<string>> Tags = Key.Of("tags", new TextListType(distinct: true), new("g", "g"));

    private static readonly RecordSchema<Sample> Root = new([Name, Clips, Tags], v => new Sample(v.Get(Name), v.Get(Clips), v.Get(Tags)));

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private (Sample? Sample, IReadOnlyList<Diagnostic> Diagnostics) Bind(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var diagnostics = new DiagnosticBag();
        var context = new BindingContext(new YamlFields(File, 2, diagnostics), new PortraitFolder(_site.Root, "input/portraits/x"));
        return (Root.Bind((YamlMappingNode)stream.Documents[0].RootNode, "", context), diagnostics.ToList());
    }

    [Fact]
    public void Values_are_read_by_their_types()
    {
        var (sample, diagnostics) = Bind("name: ' Ada '\ntags: [a, b, a]\nclips:\n  - title: Zee\n    recorded: 1962-07\n    mood: high\n    public: ja\n  - title: Berg\n");

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal("Ada", sample!.Name);
        Assert.Equal(["a", "b"], sample.Tags);
        Assert.Equal([new Clip("Berg", null, Mood.Low, false), new Clip("Zee", new PartialDate(1962, 7, null), Mood.High, true)], sample.Clips);
    }

    [Fact]
    public void A_missing_required_key_is_reported_at_its_record_and_the_record_is_left_out()
    {
        var (sample, diagnostics) = Bind("name: Ada\nclips:\n  - recorded: 1962\n  - title: ''\n    mood: low\n  - title: Zee\n");

        DiagnosticAssert.HasError(diagnostics, File, 4, "clips.title is required");
        DiagnosticAssert.HasError(diagnostics, File, 5, "clips.title is required");
        Assert.Equal("Zee", Assert.Single(sample!.Clips).Title);
    }

    [Fact]
    public void Required_text_written_empty_at_the_root_is_reported_at_its_own_line()
    {
        var (_, absent) = Bind("tags: [a]\n");
        var (_, empty) = Bind("tags: [a]\nname: ''\n");

        DiagnosticAssert.HasError(absent, File, 2, "name is required");
        DiagnosticAssert.HasError(empty, File, 3, "name is required");
    }

    [Theory]
    [InlineData("name: [Ada]", 2, "name: expected text, found a list")]
    [InlineData("name: A\nclips:\n  - title: Zee\n    recorded: 1962-13", 5, "clips.recorded: '1962-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("name: A\nclips:\n  - title: Zee\n    mood: happy", 5, "clips.mood: 'happy' is not one of high, low")]
    [InlineData("name: A\nclips:\n  - title: Zee\n    public: misschien", 5, "clips.public: expected true or false, found misschien")]
    [InlineData("name: A\ntags: x", 3, "tags: expected a list (one '- item' per line, or [a, b]), found 'x'")]
    [InlineData("name: A\nclip:\n  - title: Zee", 3, "unknown key 'clip'; did you mean 'clips'?")]
    [InlineData("name: A\nclips:\n  - title: Zee\n    titel: Zee", 5, "unknown key 'clips.titel'; did you mean 'clips.title'?")]
    [InlineData("name: A\nclips:\n  - title: Zee\n    xyz: 1", 5, "unknown key 'clips.xyz'")]
    public void Each_problem_is_reported_once_at_its_line(string yaml, int line, string message)
    {
        var (_, diagnostics) = Bind(yaml);

        DiagnosticAssert.HasError(diagnostics, File, line, message);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_list_item_that_is_not_a_record_is_reported_at_its_line()
    {
        var (sample, diagnostics) = Bind("name: Ada\nclips:\n  - Zee\n  - title: Berg\n");

        DiagnosticAssert.HasError(diagnostics, File, 4, "clips: expected keys with values (key: value), found 'Zee'");
        Assert.Single(sample!.Clips);
    }
}
