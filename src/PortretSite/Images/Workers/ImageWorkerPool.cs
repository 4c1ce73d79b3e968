using System.Collections.Concurrent;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Images.Workers;

/// <summary>
/// Makes photos in worker processes, so that native code that crashes on one photo takes down
/// one worker instead of the build. Workers start when first needed, at most <c>size</c> at a
/// time, and each makes photo after photo. A photo whose worker dies is tried once more in a new
/// worker (a crash can be a rare race rather than the photo), and reported when it dies again.
/// </summary>
public sealed class ImageWorkerPool(WorkerCommand command, int size) : IPhotoMaker, IDisposable
{
    private readonly SemaphoreSlim _slots = new(size);
    private readonly ConcurrentBag<ImageWorker> _idle = [];
    private int _started;

    /// <summary>The pool of this program, one worker per core; its workers end when the program does.</summary>
    public static ImageWorkerPool Shared { get; } = new(WorkerCommand.ThisProgram(), Environment.ProcessorCount);

    /// <summary>How many worker processes this pool has started.</summary>
    public int Started => Volatile.Read(ref _started);

    public MadePhoto MakeVariants(VariantsRequest request) => Call<MadePhoto>(request, crash => new MadePhoto(null, new PhotoProblem(crash)));

    public MadePrint MakePrint(PrintRequest request) => Call<MadePrint>(request, crash => new MadePrint(new PhotoProblem(crash)));

    public void Dispose()
    {
        while (_idle.TryTake(out var worker))
        {
            worker.Dispose();
        }
    }

    private T Call<T>(PhotoRequest request, Func<Message, T> crashed)
        where T : class
    {
        string? firstCrash = null;
        while (true)
        {
            try
            {
                return CallOnce<T>(request);
            }
            catch (WorkerDiedException died) when (firstCrash is null)
            {
                firstCrash = died.How;
            }
            catch (WorkerDiedException died)
            {
                return crashed(ImageMessages.WorkerCrashed(firstCrash == died.How ? died.How : $"{firstCrash}, then {died.How}"));
            }
        }
    }

    private T CallOnce<T>(PhotoRequest request)
        where T : class
    {
        _slots.Wait();
        try
        {
            var worker = _idle.TryTake(out var idle) ? idle : Start();
            WorkerReply<T> reply;
            try
            {
                reply = worker.Call<T>(request);
            }
            catch (WorkerDiedException)
            {
                worker.Dispose();
                throw;
            }

            _idle.Add(worker);
            return reply.Made ?? throw new ImageWorkerException(reply.Fault ?? "the image worker answered nothing");
        }
        finally
        {
            _slots.Release();
        }
    }

    private ImageWorker Start()
    {
        Interlocked.Increment(ref _started);
        return ImageWorker.Start(command);
    }
}
