using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Images;
using PortretSite.Print.Booklet;
using PortretSite.Rendering.Photos;
using PortretSite.Rendering.Theme;

namespace PortretSite.Print.Preflight;

/// <summary>
/// For <c>portret check</c>: the preflight's word on every photo's print resolution without
/// printing — its pixels over the widest place the booklet gives it — so a check warns about
/// exactly the photos a build will, in the same words.
/// </summary>
public static class PrintResolutionForecast
{
    public static void Report(IReadOnlyList<Portrait> portraits, PhotoCatalog catalog, SiteSettings settings, string root, Func<string, Labels> labelsFor, DiagnosticBag diagnostics)
    {
        var geometry = BookletGeometry.From(settings.Print);
        foreach (var portrait in portraits)
        {
            var placements = new PlacementRecorder(geometry);
            BookletViewBuilder.Build(portrait, new PortraitPhotos(portrait, catalog, placements), labelsFor(portrait.Language), geometry, settings.Title, DateOnly.MinValue, marksStatus: false);
            foreach (var (asset, millimetres) in placements.Widest)
            {
                var pixels = Math.Min(asset.Width, BookletGeometry.Pixels(millimetres, settings.Images.PrintDpi));
                var photo = new PhotoResolution(Path.GetRelativePath(root, asset.SourcePath).Replace('\\', '/'), pixels, millimetres);
                if (PreflightReport.Finding(photo) is { } finding)
                {
                    diagnostics.Warning(photo.Photo, null, finding);
                }
            }
        }
    }
}
