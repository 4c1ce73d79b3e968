using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>The keys of a record, in the order the guides and the scaffold show them and the hints try them.</summary>
public interface IRecordShape
{
    IReadOnlyList<Key> Keys { get; }

    IReadOnlyList<string> Names { get; }
}

/// <summary>Which missing required keys of one record are reported.</summary>
public enum MissingReport
{
    Each,

    /// <summary>For a pair that reads as one thing (feeling → need): only the first missing half.</summary>
    First,
}

/// <summary>
/// Binds a YAML mapping through its keys: unknown keys get a did-you-mean hint, each value is read by
/// its key's type, missing required keys are reported at the mapping, and a complete record is built.
/// </summary>
/// <param name="check">The rules that span keys of one record (a period written twice, an end before its start), reported at the key they name.</param>
public sealed class RecordSchema<T>(IReadOnlyList<Key> keys, Func<BoundRecord, T> create, MissingReport missingReport = MissingReport.Each, Action<BoundRecord, BindingContext>? check = null) : IRecordShape
    where T : class
{
    public IReadOnlyList<Key> Keys => keys;

    public IReadOnlyList<string> Names { get; } = [.. keys.Select(k => k.Name)];

    /// <summary>Reads every key of <paramref name="mapping"/>; <paramref name="prefix"/> names the parent in messages ("roles.").</summary>
    public BoundRecord BindValues(YamlMappingNode mapping, string prefix, BindingContext context)
    {
        var bound = new BoundRecord(mapping) { Line = context.Fields.Line(mapping) };
        foreach (var (name, _, value) in context.Fields.Entries(mapping, Names, prefix))
        {
            var key = keys.First(k => k.Name == name);
            bound.Add(key, value, key.Read(prefix + name, value, context));
        }

        var missing = keys.Where(k => k.Required && (!bound.IsWritten(k) || (k.EmptyIsMissing && !bound.HasValue(k))));
        foreach (var key in missingReport == MissingReport.First ? missing.Take(1) : missing)
        {
            context.Fields.Error(mapping, ContentMessages.Required(prefix + key.Name));
        }

        check?.Invoke(bound, context);
        return bound;
    }

    /// <summary>The record, or null when a required key has no usable value (the reason is already reported).</summary>
    public T? Bind(YamlMappingNode mapping, string prefix, BindingContext context)
    {
        var bound = BindValues(mapping, prefix, context);
        return keys.Where(k => k.Required).All(bound.HasValue) ? create(bound) : null;
    }
}
