namespace PortretSite.Foundation.Diagnostics;

/// <summary>Collects diagnostics from one stage; thread-safe so parallel work can report into it.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public void Error(string path, int? line, Message message) => Add(Diagnostic.Error(path, line, message));

    public void Warning(string path, int? line, Message message) => Add(Diagnostic.Warning(path, line, message));

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.IsError);
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>The diagnostics in a stable order: by path, then line.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        lock (_gate)
        {
            return [.. _items
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line ?? 0)
                .ThenBy(d => d.Message.English, StringComparer.Ordinal)
                .Distinct()];
        }
    }
}
