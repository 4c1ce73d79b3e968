using PortretSite.Foundation.Progress;
using System.Diagnostics;
using PortretSite.Build;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Settings;
using PortretSite.Images;
using PortretSite.Images.Vips;
using PortretSite.Images.Workers;

namespace PortretSite.Bench;

/// <summary>The Images stage alone on a folder of photos: cold (empty cache) and warm, in worker processes as a build makes them, or in this process.</summary>
internal static class ImageBenchmark
{
    public static async Task<int> RunAsync(string folder, string cache, bool inProcess)
    {
        var photos = Directory.EnumerateFiles(folder, "*.jpg", SearchOption.AllDirectories).Order().Select(p => new PhotoJob(p, p)).ToList();
        var settings = new ImageSettings { Widths = [480, 960, 1600], Formats = ["webp", "jpeg"] };
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        IPhotoMaker maker = inProcess ? new PhotoMaker(new VipsImageProcessor()) : ImageWorkerPool.Shared;
        foreach (var run in new[] { "cold", "warm" })
        {
            var stage = new PhotoStage(maker, new PhotoCache(cache));
            var diagnostics = new DiagnosticBag();
            var clock = Stopwatch.StartNew();
            await stage.ProcessAsync(photos, settings, new LimitSettings(), diagnostics, SilentProgress.Instance, CancellationToken.None);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{run}, {(inProcess ? "in process" : "in workers")}: {photos.Count} photos in {seconds:0.00} s = {photos.Count / seconds:0.0} photos/s, decoded {stage.Decodes}, errors {diagnostics.Count}, peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
        }

        return 0;
    }
}
