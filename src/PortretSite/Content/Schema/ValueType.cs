using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>How an example of a value is written in the scaffold of <c>portret new</c>.</summary>
public enum ExampleLayout
{
    /// <summary>After the key on the same line: <c>born: 1938-04-12</c>.</summary>
    Inline,

    /// <summary>A literal block: <c>legacy: |</c> and the lines indented below it.</summary>
    Block,

    /// <summary>A nested mapping of its own keys, or a list of one such item.</summary>
    Nested,
}

/// <summary>What the guides, the scaffold and the unknown-key hints need to know of a value type, whatever it reads into.</summary>
public interface IValueShape
{
    /// <summary>What an editor writes, for the guides: "text", "a date (YYYY, YYYY-MM or YYYY-MM-DD)", …</summary>
    Message Description { get; }

    /// <summary>The keys of a nested record (or of each list item), if the value has keys of its own.</summary>
    IRecordShape? Record { get; }

    /// <summary>Whether the value is a list of records ("- key: …" per item) rather than one record.</summary>
    bool IsList { get; }

    ExampleLayout Layout { get; }

    /// <summary>The choices and what each means, for values that are one of a fixed set.</summary>
    IReadOnlyList<(string Written, Message Help)> Options { get; }

    /// <summary>The example the scaffold shows for a key that has none of its own.</summary>
    Message? Placeholder { get; }
}

/// <summary>Reads one YAML value into <typeparamref name="T"/>; every mismatch becomes a diagnostic at the value's line.</summary>
public abstract class ValueType<T> : IValueShape
{
    public abstract Message Description { get; }

    public virtual IRecordShape? Record => null;

    public virtual bool IsList => false;

    public virtual ExampleLayout Layout => ExampleLayout.Inline;

    public virtual IReadOnlyList<(string Written, Message Help)> Options => [];

    public virtual Message? Placeholder => null;

    /// <summary>The value a record gets for a key that is not written.</summary>
    public virtual T Absent => default!;

    /// <summary>
    /// Empty text counts as not written for a required key ("roles.role is required"); a date or
    /// photo that cannot be read is already reported by its type and is not reported again.
    /// </summary>
    public virtual bool EmptyIsMissing => false;

    public abstract T Read(string path, YamlNode node, BindingContext context);

    /// <summary>Whether a read value is something a record can be built from.</summary>
    public virtual bool HasValue(T value) => value is not null;
}
