using PortretSite.Content.FrontMatter;
using PortretSite.Content.Portraits;
using PortretSite.Content.Schema;
using PortretSite.Content.Settings;
using PortretSite.Content.Story;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

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

        if (FrontMatterFile.Read(path, display, diagnostics, settings.Limits.MaxFileBytes) is not ({ } document, { } yaml))
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

        AudienceReferences.CheckKnown(page.Audiences, values.Node(PageSchema.Audiences), settings, fields);
        StoryChecker.Check([new StorySource(name, document.BodyFirstLine, document.Body)], page.Language, folder, diagnostics);
        return page;
    }
}
