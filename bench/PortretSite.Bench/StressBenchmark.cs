using System.Diagnostics;
using PortretSite.Images;
using PortretSite.Images.Vips;

namespace PortretSite.Bench;

/// <summary>
/// Decodes and encodes small photos on two threads the way the photo stage does, with a third
/// thread forcing garbage collections and finalizers all the time: a native lifetime bug that
/// shows once in thousands of photos in a build shows here within minutes.
/// </summary>
internal static class StressBenchmark
{
    public static int Run(string folder, int count, bool collect)
    {
        var photos = Directory.GetFiles(folder, "*.jpg").Order().ToArray();
        var processor = new VipsImageProcessor();
        var done = 0;
        using var stop = new CancellationTokenSource();
        var collector = collect ? Task.Run(() => Collect(stop.Token)) : Task.CompletedTask;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var photo = photos[i % photos.Length];
            var header = processor.ReadHeader(photo);
            using var decoded = processor.Decode(photo, 2400, 10_000_000);
            foreach (var width in new[] { 120, 240, header.Width })
            {
                decoded.Encode(Math.Min(width, decoded.Width), ImageFormat.Webp, 78, (255, 255, 255));
            }

            decoded.Encode(Math.Min(240, decoded.Width), ImageFormat.Jpeg, 80, (255, 255, 255));
            decoded.Encode(24, ImageFormat.Webp, 40, (255, 255, 255));
            if (Interlocked.Increment(ref done) % 1000 == 0)
            {
                Console.WriteLine($"{done} photos, {done / clock.Elapsed.TotalSeconds:0.0} a second");
            }
        });
        stop.Cancel();
        collector.Wait();
        Console.WriteLine($"{count} photos without a crash in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static void Collect(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
