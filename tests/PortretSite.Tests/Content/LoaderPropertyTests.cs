using FsCheck;
using FsCheck.Fluent;
using PortretSite.Content;
using PortretSite.Content.Portraits;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary>Whatever an editor types, loading gives a portrait or a list of errors — never an exception.</summary>
public sealed class LoaderPropertyTests : IDisposable
{
    private static readonly string[] Scalars =
    [
        "", "Maria", "1938", "1938-04", "1938-04-12", "1938-13-40", "0000", "-1", "approved", "review", "draft", "high", "low", "turn",
        "levensportret", "leefwereldportret", "nl", "en", "true", "no", "~", "null", "photos/x.jpg", "../../etc/passwd", "/abs.jpg",
        "[a, b", "{x: 1}", "]", "}", "\"unclosed", "'quoted'", "- item", "a: b: c", "\t", "é ü ĳ „x”", "<script>x</script>",
        "&anchor", "*alias", "!!binary AAAA", "%YAML 1.2", "|", ">", "@", "`tick`", "#comment", "12:30", "🙂", "\u0000", "\uFEFF",
    ];

    private static readonly string[] Markdown =
    [
        "Tekst.", "# Kop", "## Hoofdstuk", "> citaat\n> — Naam", "![cap](photos/x.jpg)", "![x](../x.jpg)", "[link](https://example.org)",
        "[bad](file.txt)", "<div>html</div>", "<script>alert(1)</script>", "[^1]\n\n[^1]: noot", "```\ncode\n```", "* lijst\n  * genest",
        "> > > > > > diep", "| a | b |\n|---|---|", "***", "\"quotes\" and 'single' -- dash --- em...", "<!-- comment -->", "[x]: <>",
    ];

    private readonly TempSite _site = new TempSite().WithPhoto("maria", "photos/x.jpg");

    public void Dispose() => _site.Dispose();

    private static Gen<string> Scalar => Gen.OneOf(Gen.Elements(Scalars), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    private static Gen<string> Value => Gen.Frequency(
        (6, Scalar),
        (2, Gen.ListOf(Scalar).Select(items => "[" + string.Join(", ", items) + "]")),
        (2, Gen.ListOf(Scalar).Select(items => string.Concat(items.Select(i => "\n  - " + i)))),
        (2, Gen.ListOf(Gen.Zip(Gen.Elements(FrontMatterBinder.TopKeys.Concat(["by", "on", "date", "title", "mood", "file", "caption", "alt", "role", "when"]).ToArray()), Scalar))
            .Select(pairs => string.Concat(pairs.Select(p => $"\n  - {p.Item1}: {p.Item2}")))),
        (1, Gen.Elements("|\n  een\n  twee", ">\n  gevouwen", "\n\tindent with tab", "\n  nested:\n    deeper: [")));

    private static Gen<string> FrontMatter =>
        Gen.ListOf(Gen.Zip(Gen.Elements(FrontMatterBinder.TopKeys.Concat(["unknown", "Name", "bron"]).ToArray()), Value))
            .Select(pairs => string.Join("\n", pairs.Select(p => $"{p.Item1}: {p.Item2}")));

    private static Gen<string> Body => Gen.ListOf(Gen.OneOf(Gen.Elements(Markdown), Scalar)).Select(parts => string.Join("\n\n", parts));

    private static Gen<string> Document => Gen.Frequency(
        (8, Gen.Zip(FrontMatter, Body).Select(d => $"---\n{d.Item1}\n---\n{d.Item2}")),
        (1, Gen.Zip(FrontMatter, Body).Select(d => $"---\n{d.Item1}\n{d.Item2}")),
        (1, Body));

    [Fact]
    public void Random_front_matter_and_markdown_never_crash_the_loader()
    {
        var loader = new PortraitLoader(new PortretSite.Content.Settings.SiteSettings());
        var property = Prop.ForAll(Document.ToArbitrary(), text =>
        {
            _site.WithPortrait("maria", text);
            var diagnostics = new PortretSite.Foundation.Diagnostics.DiagnosticBag();
            var portrait = loader.Load(_site.PortraitFolder("maria"), "input/portraits/maria", diagnostics);
            return portrait is not null || diagnostics.HasErrors;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), property);
    }

    [Fact]
    public void Random_sites_render_or_report_and_never_crash()
    {
        var property = Prop.ForAll(Gen.Zip(Document, Body).ToArbitrary(), pair =>
        {
            _site.WithPortrait("maria", pair.Item1).WithFile("maria", "01-hoofdstuk.md", pair.Item2);
            var content = ContentLoader.Load(_site.Root);
            return content.Portraits.Count == 1 || content.HasErrors;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }
}
