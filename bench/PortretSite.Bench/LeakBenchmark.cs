using System.Diagnostics;
using PortretSite.Images;
using PortretSite.Images.Vips;

namespace PortretSite.Bench;

/// <summary>Decodes and encodes one photo many times and watches the process's memory: a leak shows as steady growth.</summary>
internal static class LeakBenchmark
{
    public static int Run(string photo, int count)
    {
        var processor = new VipsImageProcessor();
        var process = Process.GetCurrentProcess();
        for (var i = 1; i <= count; i++)
        {
            using (var decoded = processor.Decode(photo, 480, 10_000_000))
            {
                decoded.Encode(320, ImageFormat.Webp, 75, (255, 255, 255));
                decoded.Encode(160, ImageFormat.Jpeg, 75, (255, 255, 255));
            }

            if (i == 1 || i % (count / 10) == 0)
            {
                process.Refresh();
                Console.WriteLine($"after {i,5} thumbnails: RSS {process.WorkingSet64 / 1024 / 1024} MiB");
            }
        }

        return 0;
    }
}
