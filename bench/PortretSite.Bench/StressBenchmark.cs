using System.Diagnostics;
using PortretSite.Content.Settings;
using PortretSite.Images;
using PortretSite.Images.Vips;
using PortretSite.Images.Workers;

namespace PortretSite.Bench;

/// <summary>
/// Makes small photos on two threads the way the photo stage does, many thousands of times, to
/// find native crashes that show once in thousands of photos. In this process it can also force
/// garbage collections and finalizers all the time (a handle released while native code still
/// uses it then shows within minutes); in workers it counts the workers that had to be replaced.
/// </summary>
internal static class StressBenchmark
{
    public static int Run(string folder, int count, bool inProcess, bool collect)
    {
        var photos = Directory.GetFiles(folder, "*.jpg").Order().ToArray();
        var cache = Path.Combine(Path.GetTempPath(), "portret-stress-" + Environment.ProcessId);
        using var pool = new ImageWorkerPool(WorkerCommand.ThisProgram(), 2);
        IPhotoMaker maker = inProcess ? new PhotoMaker(new VipsImageProcessor()) : pool;
        var settings = new ImageSettings { Widths = [120, 240, 480] };
        var (done, failed) = (0, 0);
        using var stop = new CancellationTokenSource();
        var collector = collect ? Task.Run(() => Collect(stop.Token)) : Task.CompletedTask;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            // A hundred keys: the same files are written over and over, so the disk does not fill.
            var key = (i % 100).ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
            if (maker.MakeVariants(new VariantsRequest(photos[i % photos.Length], cache, key, settings, long.MaxValue)).Problem is { } problem)
            {
                Interlocked.Increment(ref failed);
                Console.WriteLine($"photo {i}: {problem.Message.English}");
            }

            if (Interlocked.Increment(ref done) % 1000 == 0)
            {
                Console.WriteLine($"{done} photos, {done / clock.Elapsed.TotalSeconds:0.0} a second, workers started {pool.Started}");
            }
        });
        stop.Cancel();
        collector.Wait();
        Directory.Delete(cache, recursive: true);
        Console.WriteLine($"{count} photos {(inProcess ? "in process" : "in workers")} in {clock.Elapsed.TotalSeconds:0.0} s: {failed} failed, workers started {pool.Started}");
        return failed == 0 ? 0 : 1;
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
