using PortretSite.Content.Settings;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Progress;
using PortretSite.Images;
using PortretSite.Images.Workers;
using PortretSite.Print.Pdf;

namespace PortretSite.Build;

/// <summary>Runs builds of one site: one at a time, and not at all when nothing changed since the last one.</summary>
public sealed class BuildPipeline(IPhotoStage photoStage, IPdfTools pdfTools, IBuildProgress progress)
{
    internal IPhotoStage Photos => photoStage;

    internal IPdfTools Pdf => pdfTools;

    internal IBuildProgress Progress => progress;

    /// <summary>The build with its real stages, wired for one site.</summary>
    public static BuildPipeline ForSite(string root, IBuildProgress? progress = null) =>
        new(new PhotoStage(ImageWorkerPool.Shared, new PhotoCache(new SiteLayout(root).ImageCache)), new PdfSharpTools(), progress ?? SilentProgress.Instance);

    /// <summary>Runs the build while holding the site's build lock, so two builds never share a cache or an output.</summary>
    public async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        var language = UiLanguages.FromCode(SettingsLoader.Load(options.Root, new DiagnosticBag())?.Language);
        using var buildLock = await BuildLock.AcquireAsync(options.Root, language, Progress.Note, cancellationToken);
        var mode = BuildMode.From(options);
        var inputs = mode.Incremental ? BuildFingerprint.Of(options) : null;
        if (inputs is not null && BuildFingerprint.Read(options.Root) is { } last && last.Inputs == inputs.Value && last.Output == BuildFingerprint.Output(options.Output))
        {
            return last.Result;
        }

        var result = await new BuildRun(this, mode, options, cancellationToken).ExecuteAsync();
        if (inputs is not null && result.OutputWritten)
        {
            BuildFingerprint.Write(options.Root, new BuildFingerprint.LastBuild(inputs.WithCurrentSecret(options.Root).Value, BuildFingerprint.Output(options.Output), result));
        }

        return result;
    }
}
