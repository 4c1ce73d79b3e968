using PortretSite.Content.FrontMatter;
using PortretSite.Content.Portraits;
using PortretSite.Content.Schema;
using PortretSite.Content.Settings;
using PortretSite.Content.Story;
using PortretSite.Content.Text;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Pages;

/// <summary>Loads the site pages of <see cref="SiteLayout.PagesFolderName"/>: one <c>&lt;slug&gt;.md</c> each, checked like a portrait.</summary>
public sealed class PageLoader(SiteSettings settings)
{
    public IReadOnlyList<Page> LoadAll(string root, DiagnosticBag diagnostics)
    {
        var full = new SiteLayout(root).Pages;
        if (!Directory.Exists(full))
        {
            return [];
        }

        var folder = new PortraitFolder(full, SiteLayout.PagesFolderName);
        return [.. Directory.EnumerateFiles(full, "*.md")
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(path => Load(path, folder, diagnostics))
            .OfType<Page>()];
    }

    private Page? Load(string path, PortraitFolder folder, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        var slug = Path.GetFileNameWithoutExtension(path);
        var display = folder.Display(name);
        if (!Slugs.IsValid(slug))
        {
            diagnostics.Error(display, null, ContentMessages.BadPageName(name));
            return null;
        }

        var text = TextFileReader.Read(path, display, diagnostics, settings.Limits.MaxFileBytes);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(display, null, ContentMessages.EmptyFile);
            return null;
        }

        var (document, problem) = FrontMatterSplitter.Split(text);
        if (document is null)
        {
            diagnostics.Error(display, 1, problem == FrontMatterSplitter.Problem.NotClosed ? ContentMessages.FrontMatterNotClosed : ContentMessages.NoFrontMatter);
            return null;
        }

        if (FrontMatterParser.Parse(document, display, diagnostics) is not { } yaml)
        {
            return null;
        }

        var fields = new YamlFields(display, document.YamlFirstLine, diagnostics);
        var values = PageSchema.Root.BindValues(yaml, "", new BindingContext(fields, folder));
        var page = PageSchema.Build(values, new Page { Slug = slug, RelativeFile = SiteLayout.PageFile(slug), Title = slug, Language = settings.Language, Body = document.Body });
        if (page.Purpose == PagePurpose.GroundRules && page.Agreed is null && values.Node(PageSchema.Agreed) is null && values.Node(PageSchema.Kind) is { } kind)
        {
            fields.Error(kind, ContentMessages.GroundRulesNeedAgreement);
        }

        CheckAudiences(page, values, fields);
        StoryChecker.Check([new StorySource(name, document.BodyFirstLine, document.Body)], page.Language, folder, diagnostics);
        return page;
    }

    private void CheckAudiences(Page page, BoundRecord values, YamlFields fields)
    {
        if (values.Node(PageSchema.Audiences) is not { } node)
        {
            return;
        }

        foreach (var audience in page.Audiences.Where(a => settings.FindAudience(a) is null))
        {
            var item = (node as YamlSequenceNode)?.Children.FirstOrDefault(c => (c as YamlScalarNode)?.Value?.Trim() == audience) ?? node;
            fields.Error(item, AudienceMessages.NotInSettings(audience, [.. settings.Audiences.Select(a => a.Id)]));
        }
    }
}
