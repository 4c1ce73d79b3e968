namespace PortretSite.Foundation.Output;

/// <summary>
/// Every file of a build's output by its path relative to the output folder, in the order the
/// build planned them: things that are pointed at come before what points at them. Stages that run
/// side by side (site and print) add to one plan.
/// </summary>
public sealed class OutputPlan
{
    private readonly Dictionary<string, PlannedFile> _files = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Lock _gate = new();

    public void Add(string relativePath, PlannedFile file)
    {
        lock (_gate)
        {
            if (_files.TryAdd(relativePath, file))
            {
                _order.Add(relativePath);
            }
            else
            {
                _files[relativePath] = file;
            }
        }
    }

    /// <summary>The planned files in the order they were planned.</summary>
    public IReadOnlyList<KeyValuePair<string, PlannedFile>> Files
    {
        get
        {
            lock (_gate)
            {
                return [.. _order.Select(path => new KeyValuePair<string, PlannedFile>(path, _files[path]))];
            }
        }
    }
}
