using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>The values one mapping gave its keys, read by their types, with the nodes they came from.</summary>
public sealed class BoundRecord(YamlMappingNode mapping)
{
    private readonly Dictionary<Key, (YamlNode Node, object? Value)> _values = new(ReferenceEqualityComparer.Instance);

    public YamlMappingNode Mapping => mapping;

    /// <summary>The line of the file the record starts on, for rules judged after binding (consent in the planner).</summary>
    public int Line { get; init; }

    internal void Add(Key key, YamlNode node, object? value) => _values[key] = (node, value);

    public bool IsWritten(Key key) => _values.ContainsKey(key);

    /// <summary>The value read for <paramref name="key"/>, or its type's absent value when it is not written.</summary>
    public T Get<T>(Key<T> key) => _values.TryGetValue(key, out var entry) ? (T)entry.Value! : key.Type.Absent;

    public YamlNode? Node(Key key) => _values.TryGetValue(key, out var entry) ? entry.Node : null;

    internal bool HasValue(Key key) => _values.TryGetValue(key, out var entry) && key.HasValue(entry.Value);
}
