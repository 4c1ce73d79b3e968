using System.Text;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Build;

/// <summary>
/// Every entry of docs/BAD-INPUT.md, through the real command line: one clear line naming the
/// file (and line), exit code 1, no stack trace, and the previous output untouched.
/// </summary>
public sealed class BadInputCatalogueTests(BadInputCatalogueTests.GoodBuild good) : IClassFixture<BadInputCatalogueTests.GoodBuild>
{
    /// <summary>Jan's site with its passwords, built once through the command line; every case breaks a copy of it.</summary>
    public sealed class GoodBuild : IAsyncLifetime
    {
        public TempSite Site { get; } = new TempSite().WithPasswords().WithPortrait("jan", TempSite.Approved("Jan"));

        public async Task InitializeAsync() => Assert.Equal(0, (await PortretProcess.RunAsync("build", "--root", Site.Root, "--skip-print")).ExitCode);

        public Task DisposeAsync()
        {
            Site.Dispose();
            return Task.CompletedTask;
        }
    }

    public sealed record BadInput(string Name, Action<TempSite> Break, string Location, string Message)
    {
        public override string ToString() => Name;
    }

    private const string Index = "input/portraits/maria/index.md";
    private const string Settings = "{ \"Language\": \"en\", \"Audiences\": { \"family-a\": \"A\", \"family-b\": \"B\" }, \"Limits\": ";

    private const string Page = "input/pages/regels.md";

    private static string Maria => TempSite.Approved("Maria");

    public static TheoryData<BadInput> Cases => new()
    {
        new("yaml: text starting with an apostrophe", s => s.WithPortrait("maria", "---\nname: Maria\nthemes:\n  - feeling: Eenzaam\n    need: 's middags samen eten\n---\n"), $"{Index}:5", "put the whole text between double quotes: need: \"'s middags samen eten\""),
        new("yaml: colon inside a text", s => s.WithPortrait("maria", "---\nname: Maria\ntext: Hij zegt: ze droeg een jurk\n---\n"), $"{Index}:3", "put the whole text between double quotes: text: \"Hij zegt: ze droeg een jurk\""),
        new("yaml: unclosed double quote", s => s.WithPortrait("maria", "---\nname: Maria\nplace: \"Lier, aan de Nete\nkind: levensportret\n---\n"), $"{Index}:3", "place: the double quote (\") at the start of the text is not closed"),
        new("yaml: space before a key", s => s.WithPortrait("maria", "---\nname: Maria\n born: 1941\n---\n"), $"{Index}:3", "'born' starts with a space"),
        new("yaml: bad indentation", s => s.WithPortrait("maria", "---\nname: Maria\nroles:\n  - role: oma\n   when: 1988\n---\n"), $"{Index}:5", "'when' is not in line with 'role' on line 4"),
        new("yaml: unclosed bracket", s => s.WithPortrait("maria", "---\nname: Maria\nvalues: [trouw, humor\n---\n"), $"{Index}:3", "values: the list that starts with [ is not closed"),
        new("yaml: tab indentation", s => s.WithPortrait("maria", "---\nname: Maria\nroles:\n\t- role: oma\n---\n"), $"{Index}:4", "this line is indented with a tab; indent with spaces only"),
        new("yaml: front matter not closed", s => s.WithPortrait("maria", "---\nname: Maria\n"), $"{Index}:1", "the front matter is not closed"),
        new("a list where text is expected", s => s.WithPortrait("maria", "---\nname: Maria\nplace: [Gent, Brugge]\n---\n"), $"{Index}:3", "place: expected text, found a list"),
        new("text where a list is expected", s => s.WithPortrait("maria", "---\nname: Maria\nvalues: trouw\n---\n"), $"{Index}:3", "values: expected a list"),
        new("impossible date", s => s.WithPortrait("maria", "---\nname: Maria\nborn: 1938-02-30\n---\n"), $"{Index}:3", "born: '1938-02-30' is not a date"),
        new("died before born", s => s.WithPortrait("maria", "---\nname: Maria\nborn: 1938\ndied: 1920\n---\n"), $"{Index}:4", "died: the date of death lies before the date of birth"),
        new("unknown key", s => s.WithPortrait("maria", "---\nname: Maria\nsumary: x\n---\n"), $"{Index}:3", "unknown key 'sumary'; did you mean 'summary'?"),
        new("a role's period that is not a period", s => s.WithPortrait("maria", "---\nname: Maria\nroles:\n  - role: oma\n    when: jaren zestig\n---\n"), $"{Index}:5", "roles.when: 'jaren zestig' is not a period; write it like 1952–1961, 1988–, since 2019, now or always"),
        new("a role's period written twice", s => s.WithPortrait("maria", "---\nname: Maria\nroles:\n  - role: oma\n    when: 1988–\n    since: 1988\n---\n"), $"{Index}:5", "roles.when: the period is also given by roles.since or roles.until; write it one way"),
        new("a role that ends before it starts", s => s.WithPortrait("maria", "---\nname: Maria\nroles:\n  - role: bakker\n    since: 1970\n    until: 1960\n---\n"), $"{Index}:6", "roles.until: the role ends before it starts"),
        new("wants and wants_to_keep together", s => s.WithPortrait("maria", "---\nname: Maria\nroles:\n  - role: oma\n    wants: keep\n    wants_to_keep: true\n---\n"), $"{Index}:6", "roles.wants_to_keep: the older form of roles.wants, which is also written"),
        new("a wish that is not one of the choices", s => s.WithPortrait("maria", "---\nname: Maria\nroles:\n  - role: oma\n    wants: houden\n---\n"), $"{Index}:5", "roles.wants: 'houden' is not one of keep, take_up, let_go"),
        new("a life domain not in the list", s => s.WithPortrait("maria", "---\nname: Maria\ndomains:\n  - domain: hobby\n---\n"), $"{Index}:4", "domains.domain: 'hobby' is not one of living, school_or_work, family, relationships, free_time, health, care"),
        new("a life domain listed twice", s => s.WithPortrait("maria", "---\nname: Maria\ndomains:\n  - domain: health\n    hard: knieën\n  - domain: health\n    helps: rust\n---\n"), $"{Index}:6", "domains: 'health' is listed twice"),
        new("a voice that is not first or third", s => s.WithPortrait("maria", "---\nname: Maria\nvoice: ik\n---\n"), $"{Index}:3", "voice: 'ik' is not one of first, third"),
        new("a maker without a name", s => s.WithPortrait("maria", "---\nname: Maria\nmakers:\n  - part: interviewer\n---\n"), $"{Index}:4", "makers.name is required"),
        new("unknown audience", s => s.WithPortrait("maria", "---\nname: Maria\naudiences: [familie-x]\n---\n"), $"{Index}:3", "audiences: 'familie-x' is not an audience in statiq.json"),
        new("site page: unknown key", s => s.WithPage("regels.md", "---\ntitle: Regels\naudiences: [family-a]\nsumary: x\n---\n"), $"{Page}:4", "unknown key 'sumary'; did you mean 'summary'?"),
        new("site page: unknown audience", s => s.WithPage("regels.md", "---\ntitle: Regels\naudiences: [family-a, familie-x]\n---\n"), $"{Page}:3", "audiences: 'familie-x' is not an audience in statiq.json"),
        new("site page: without a title", s => s.WithPage("regels.md", "---\naudiences: [family-a]\n---\nTekst.\n"), $"{Page}:2", "title is required"),
        new("site page: without audiences", s => s.WithPage("regels.md", "---\ntitle: Regels\n---\nTekst.\n"), $"{Page}:2", "audiences is required"),
        new("site page: ground rules without who agreed", s => s.WithPage("regels.md", "---\ntitle: Regels\nkind: ground_rules\naudiences: [family-a]\n---\n1. Tijd.\n"), $"{Page}:3", "kind is ground_rules, but agreed is missing"),
        new("site page: an agreement without its date", s => s.WithPage("regels.md", "---\ntitle: Regels\nkind: ground_rules\naudiences: [family-a]\nagreed:\n  by: het team\n---\n1. Tijd.\n"), $"{Page}:6", "agreed.on is required"),
        new("site page: a kind that is not one of the choices", s => s.WithPage("regels.md", "---\ntitle: Regels\nkind: spelregels\naudiences: [family-a]\n---\n"), $"{Page}:3", "kind: 'spelregels' is not one of about, ground_rules"),
        new("site page: file name not a slug", s => s.WithPage("Onze Regels.md", "---\ntitle: Regels\naudiences: [family-a]\n---\n"), "input/pages/Onze Regels.md", "is not a valid slug"),
        new("site page: raw HTML", s => s.WithPage("regels.md", "---\ntitle: Regels\naudiences: [family-a]\n---\nTekst <b>vet</b>.\n"), $"{Page}:5", "raw HTML is not allowed"),
        new("slugs differing only in case", s => s.WithPortrait("maria", "---\nname: Maria\n---\n").WithPortrait("Maria", "---\nname: Maria\n---\n"), "input/portraits/maria", "only in upper/lower case"),
        new("folder name not a slug", s => s.WithPortrait("Maria Jansen", "---\nname: Maria\n---\n"), "input/portraits/Maria Jansen", "is not a valid slug"),
        new("empty index.md", s => s.WithPortrait("maria", ""), Index, "the file is empty"),
        new("index.md missing", s => s.WithFile("maria", "notes.txt", "x"), Index, "index.md is missing"),
        new("not UTF-8", s => s.WithBytes("maria", "index.md", Encoding.Latin1.GetBytes("---\nname: Andr\u00e9\n---\n")), $"{Index}:2", "this file is not UTF-8 text"),
        new("deeply nested Markdown", s => s.WithPortrait("maria", "---\nname: Maria\n---\n" + new string('>', 2000) + " diep\n"), $"{Index}:4", "nested more than"),
        new("raw HTML", s => s.WithPortrait("maria", "---\nname: Maria\n---\nTekst <b>vet</b>.\n"), $"{Index}:4", "raw HTML is not allowed"),
        new("script in Markdown", s => s.WithPortrait("maria", "---\nname: Maria\n---\n<script>alert('x')</script>\n"), $"{Index}:4", "raw HTML is not allowed"),
        new("image outside the folder", s => s.WithPortrait("maria", "---\nname: Maria\n---\n![x](../jan/photos/a.jpg)\n"), $"{Index}:4", "points outside the portrait folder"),
        new("absolute image path", s => s.WithPortrait("maria", "---\nname: Maria\ncover: /etc/hosts\n---\n"), $"{Index}:3", "points outside the portrait folder"),
        new("image through a symlink", s =>
        {
            s.WithPortrait("maria", "---\nname: Maria\ncover: photos/link.jpg\n---\n");
            Directory.CreateDirectory(Path.Combine(s.PortraitFolder("maria"), "photos"));
            File.CreateSymbolicLink(Path.Combine(s.PortraitFolder("maria"), "photos", "link.jpg"), RepositoryPaths.Fixture("content/small.jpg"));
        }, $"{Index}:3", "points outside the portrait folder"),
        new("link to a local file", s => s.WithPortrait("maria", "---\nname: Maria\n---\nZie [hier](brief.docx).\n"), $"{Index}:4", "the link 'brief.docx' goes nowhere"),
        new("photo: corrupt", s => s.WithPortrait("maria", Maria).WithPhoto("maria", "photos/kapot.jpg", "images/corrupt.jpg"), "input/portraits/maria/photos/kapot.jpg", "cannot read the photo"),
        new("photo: truncated", s => s.WithPortrait("maria", Maria).WithPhoto("maria", "photos/half.jpg", "images/truncated.jpg"), "input/portraits/maria/photos/half.jpg", "the photo is incomplete or damaged"),
        new("photo: zero bytes", s => s.WithPortrait("maria", Maria).WithBytes("maria", "photos/leeg.jpg", []), "input/portraits/maria/photos/leeg.jpg", "the photo file is empty"),
        new("photo: not an image, named .jpg", s => s.WithPortrait("maria", Maria).WithFile("maria", "photos/brief.jpg", "Beste Maria, dit is een brief."), "input/portraits/maria/photos/brief.jpg", "not an image format"),
        new("photo: huge in pixels", s => s.WithSettings(Settings + "{ \"MaxMegapixels\": 1 } }").WithPortrait("maria", Maria).WithPhoto("maria", "photos/groot.jpg", "images/exif-gps-rotated.jpg"), "input/portraits/maria/photos/groot.jpg", "(raise Limits.MaxMegapixels in statiq.json)"),
        new("photo: huge in bytes", s => s.WithSettings(Settings + "{ \"MaxFileMegabytes\": 1 } }").WithPortrait("maria", Maria).WithPhoto("maria", "photos/zwaar.jpg", "images/cmyk.jpg"), "input/portraits/maria/photos/zwaar.jpg", "(raise Limits.MaxFileMegabytes in statiq.json)"),
        new("too many photos", s =>
        {
            s.WithSettings(Settings + "{ \"MaxPhotosPerPortrait\": 2 } }").WithPortrait("maria", Maria);
            for (var i = 0; i < 3; i++)
            {
                s.WithPhoto("maria", $"photos/{i}.jpg");
            }
        }, "input/portraits/maria", "(raise Limits.MaxPhotosPerPortrait in statiq.json)"),
        new("theme template with a syntax error", s => s.WithPortrait("maria", "---\nname: Maria\n---\n").WithThemeFile("templates/home.hbs", "<ul>\n{{#each portraits}}\n<li>{{name}}</li>\n{{/if}}\n</ul>\n"), "theme/templates/home.hbs:4", "template error"),
        new("statiq.json missing (messages fall back to Dutch)", s => File.Delete(Path.Combine(s.Root, "statiq.json")), "statiq.json", "niet gevonden: de map van een site bevat statiq.json"),
        new("statiq.json broken (messages fall back to Dutch)", s => s.WithSettings("{ \"Title\": \"x\", }}"), "statiq.json:1", "geen geldige JSON"),
        new("statiq.json unknown key", s => s.WithSettings("{ \"Language\": \"en\", \"Titel\": \"x\" }"), "statiq.json:1", "unknown setting 'Titel'; did you mean 'Title'?"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gives_one_clear_line_exit_code_1_and_leaves_the_output_alone(BadInput @case)
    {
        using var site = TempSite.CopyOf(good.Site);
        Assert.True(File.Exists(Path.Combine(site.Output, "site", "index.html")), "the copy holds the good build's output");
        var before = Snapshot(site.Output);
        @case.Break(site);

        var outcome = await PortretProcess.RunAsync("build", "--root", site.Root, "--skip-print");

        Assert.Equal(1, outcome.ExitCode);
        var errors = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains(": warning: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(errors, line => line.StartsWith(@case.Location + ": ", StringComparison.Ordinal) && line.Contains(@case.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site.Output));
    }

    /// <summary>Every file of a folder with its size and modification time.</summary>
    internal static Dictionary<string, (long, DateTime)> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)));
}
