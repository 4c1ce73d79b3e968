using System.Diagnostics;

namespace PortretSite.Images.Workers;

/// <summary>One worker process, asked one photo at a time over its standard input and output.</summary>
internal sealed class ImageWorker : IDisposable
{
    private readonly Process _process;

    private ImageWorker(Process process) => _process = process;

    public static ImageWorker Start(WorkerCommand command)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in command.Environment)
        {
            start.Environment[name] = value;
        }

        return new ImageWorker(Process.Start(start) ?? throw new InvalidOperationException($"could not start {command.FileName}"));
    }

    /// <summary>Sends the request and waits for the reply; throws <see cref="WorkerDiedException"/> when the worker ends before it answers.</summary>
    public WorkerReply<T> Call<T>(PhotoRequest request)
        where T : class
    {
        WorkerReply<T>? reply;
        try
        {
            WorkerFrames.Write(_process.StandardInput.BaseStream, request);
            reply = WorkerFrames.Read<WorkerReply<T>>(_process.StandardOutput.BaseStream);
        }
        catch (IOException)
        {
            reply = null;
        }

        return reply ?? throw new WorkerDiedException(HowItEnded());
    }

    /// <summary>Closing its input tells the worker to finish; one that does not within a few seconds is killed.</summary>
    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                _process.Kill();
            }
        }
        catch (IOException)
        {
            // It is gone already.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private string HowItEnded()
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill();
            return "no answer";
        }

        // A process ended by a signal reports 128 + the signal's number.
        return _process.ExitCode switch
        {
            134 => "SIGABRT",
            135 => "SIGBUS",
            136 => "SIGFPE",
            137 => "SIGKILL",
            139 => "SIGSEGV",
            var code => $"exit code {code}",
        };
    }
}

/// <summary>The worker process ended while it was making a photo.</summary>
internal sealed class WorkerDiedException(string how) : Exception(how)
{
    public string How => Message;
}

/// <summary>A worker failed for a reason that is not about the photo (libvips missing, a full disk): the build cannot go on.</summary>
public sealed class ImageWorkerException(string message) : Exception(message);
