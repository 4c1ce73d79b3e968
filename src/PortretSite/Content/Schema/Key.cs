using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>One front-matter key: its name, what it holds, whether it is required, and the texts that explain it in both languages.</summary>
public abstract record Key(string Name, Message Help)
{
    public bool Required { get; init; }

    /// <summary>The guiding question the scaffold asks above the key (and what the guides link it to).</summary>
    public Message? Question { get; init; }

    /// <summary>An example value, as YAML, for the scaffold; records build theirs from their keys' examples.</summary>
    public Message? Example { get; init; }

    /// <summary>Written out (not commented) in a new portrait's scaffold.</summary>
    public bool InScaffold { get; init; }

    /// <summary>An older form that is still read but no longer offered in a new portrait's scaffold (<c>made_by</c> beside <c>makers</c>).</summary>
    public bool Superseded { get; init; }

    /// <summary>Written by a command (<c>portret approve</c>), not by hand: explained in the guides, left out of a new portrait's scaffold.</summary>
    public bool ByCommand { get; init; }

    public abstract IValueShape Shape { get; }

    internal abstract object? Read(string path, YamlNode node, BindingContext context);

    internal abstract bool HasValue(object? value);

    internal abstract bool EmptyIsMissing { get; }

    public static Key<T> Of<T>(string name, ValueType<T> type, Message help, bool required = false, Message? question = null, Message? example = null, bool inScaffold = false, bool superseded = false, bool byCommand = false) =>
        new(name, type, help) { Required = required, Question = question, Example = example, InScaffold = inScaffold, Superseded = superseded, ByCommand = byCommand };
}

public sealed record Key<T>(string Name, ValueType<T> Type, Message Help) : Key(Name, Help)
{
    public override IValueShape Shape => Type;

    internal override object? Read(string path, YamlNode node, BindingContext context) => Type.Read(path, node, context);

    internal override bool HasValue(object? value) => Type.HasValue((T)value!);

    internal override bool EmptyIsMissing => Type.EmptyIsMissing;
}
