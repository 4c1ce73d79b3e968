using PortretSite.Images.Vips;

namespace PortretSite.Images.Workers;

/// <summary>
/// The worker's side: makes photos as they are asked for on standard input and answers each on
/// standard output, until standard input closes. Writes nothing else to standard output.
/// </summary>
public static class ImageWorkerHost
{
    /// <summary>The hidden first argument that starts <c>portret</c> as an image worker.</summary>
    public const string Command = "image-worker";

    /// <summary>
    /// For tests only: a worker asked for a photo with this file name stops the way a native crash
    /// stops it (SIGABRT). Read here and nowhere else.
    /// </summary>
    public const string CrashOnVariable = "PORTRET_TEST_WORKER_CRASH_ON";

    public static int Run()
    {
        var crashOn = Environment.GetEnvironmentVariable(CrashOnVariable);
        var maker = new PhotoMaker(new VipsImageProcessor());
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        while (WorkerFrames.Read<PhotoRequest>(input) is { } request)
        {
            if (crashOn is not null && Path.GetFileName(request.Source) == crashOn)
            {
                Environment.FailFast($"{CrashOnVariable}: stopping on {crashOn} as asked");
            }

            switch (request)
            {
                case VariantsRequest variants:
                    WorkerFrames.Write(output, Answer(() => maker.MakeVariants(variants)));
                    break;
                case PrintRequest print:
                    WorkerFrames.Write(output, Answer(() => maker.MakePrint(print)));
                    break;
            }
        }

        return 0;
    }

    private static WorkerReply<T> Answer<T>(Func<T> make)
        where T : class
    {
        try
        {
            return new WorkerReply<T>(make(), null);
        }
        catch (Exception ex)
        {
            return new WorkerReply<T>(null, ex.Message);
        }
    }
}
