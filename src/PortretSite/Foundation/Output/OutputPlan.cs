using System.Collections.Concurrent;

namespace PortretSite.Foundation.Output;

/// <summary>
/// Every file of a build's output by its path relative to the output folder, in the order the
/// build planned them: things that are pointed at come before what points at them. Stages that run
/// side by side (site and print) add to one plan.
/// </summary>
public sealed class OutputPlan
{
    /// <summary>Each file with the number of its first planning: thousands are planned at once from every core, without a lock between them.</summary>
    private readonly ConcurrentDictionary<string, (long Order, PlannedFile File)> _files = SharedTables.Create<(long, PlannedFile)>();
    private long _planned;

    public void Add(string relativePath, PlannedFile file)
    {
        var order = Interlocked.Increment(ref _planned);
        _files.AddOrUpdate(relativePath, (order, file), (_, known) => (known.Order, file));
    }

    /// <summary>The planned files in the order they were planned.</summary>
    public IReadOnlyList<KeyValuePair<string, PlannedFile>> Files =>
        [.. _files.OrderBy(entry => entry.Value.Order).Select(entry => KeyValuePair.Create(entry.Key, entry.Value.File))];
}
