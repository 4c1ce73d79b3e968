using System.Diagnostics;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Build;

/// <summary>The time each stage took, named in the editor's language; stages that run beside others add their own figure.</summary>
internal sealed class StageClock
{
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _sinceLastLap = Stopwatch.StartNew();

    public IReadOnlyList<StageTiming> Timings
    {
        get
        {
            lock (_timings)
            {
                return [.. _timings];
            }
        }
    }

    /// <summary>The time since the previous lap, for a stage that ran alone.</summary>
    public void Lap(Message stage, UiLanguage language)
    {
        Add(stage, language, _sinceLastLap.Elapsed);
        _sinceLastLap.Restart();
    }

    public void Add(Message stage, UiLanguage language, TimeSpan elapsed)
    {
        lock (_timings)
        {
            _timings.Add(new StageTiming(stage.In(language), elapsed));
        }
    }
}
