using PortretSite.Foundation.Diagnostics;
using PortretSite.Rendering.Pages;
using PortretSite.Rendering.Theme;
using PortretSite.Foundation.Output;

namespace PortretSite.Site;

/// <summary>
/// Writes the site as plain files: each page in the theme's layout, the theme's assets and the
/// media. Used for preview; the published site is protected instead.
/// </summary>
public sealed class PlainSiteWriter(ThemeFiles theme, ThemeTemplates templates, Func<string, Labels> labelsFor, string siteTitle)
{
    public const string AssetsFolder = "assets";

    public void Write(RenderedSite site, OutputWriter output, DiagnosticBag diagnostics)
    {
        // What the pages show, before the pages.
        CopyAssets(theme, output);
        foreach (var media in site.Media)
        {
            output.LinkNamedByContent(media.Path, media.SourceFile);
        }

        foreach (var page in site.Pages)
        {
            var root = string.Concat(Enumerable.Repeat("../", page.Path.Count(c => c == '/')));
            var layout = new LayoutView(page.Title, siteTitle, page.Lang, root, page.BodyHtml, page.Kind.ToString().ToLowerInvariant(), labelsFor(page.Lang).All);
            if (templates.Render("layout", layout, diagnostics) is { } html)
            {
                output.Write(page.Path, System.Text.Encoding.UTF8.GetBytes(html));
            }
        }
    }

    public static void CopyAssets(ThemeFiles theme, OutputWriter output)
    {
        foreach (var asset in theme.List(AssetsFolder))
        {
            output.Write(asset, theme.ReadBytes(asset));
        }
    }
}
