using System.Diagnostics;
using System.Globalization;
using PortretSite.Build;
using Spectre.Console;
using PortretSite.Foundation.Progress;

namespace PortretSite.Cli;

/// <summary>
/// Progress for people at a terminal (Spectre.Console bars) and plain lines for logs and CI,
/// where output is redirected and escape codes would be noise.
/// </summary>
internal static class ConsoleProgress
{
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb") && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Runs <paramref name="work"/> with progress shown the way this console can show it.</summary>
    public static async Task<T> RunAsync<T>(Func<IBuildProgress, Task<T>> work)
    {
        if (!IsInteractive)
        {
            return await work(new PlainProgress(Console.Out));
        }

        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context => result = await work(new BarProgress(context)));
        return result;
    }

    /// <summary>One line when a step starts and one when it ends; nothing per item.</summary>
    internal sealed class PlainProgress(TextWriter output) : IBuildProgress
    {
        public void Note(string text) => output.WriteLine(text);

        public IStepProgress Begin(string name, int total)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {total} …"));
            return new Step(output, name, total);
        }

        private sealed class Step(TextWriter output, string name, int total) : IStepProgress
        {
            private readonly Stopwatch _clock = Stopwatch.StartNew();
            private int _done;

            public void Advance() => Interlocked.Increment(ref _done);

            public void Dispose() =>
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {Volatile.Read(ref _done)}/{total} in {_clock.Elapsed.TotalSeconds:0.00} s"));
        }
    }

    private sealed class BarProgress(ProgressContext context) : IBuildProgress
    {
        public void Note(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));

        public IStepProgress Begin(string name, int total) => new Bar(context.AddTask(Markup.Escape(name), maxValue: Math.Max(1, total)));

        private sealed class Bar(ProgressTask task) : IStepProgress
        {
            public void Advance() => task.Increment(1);

            public void Dispose()
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}
