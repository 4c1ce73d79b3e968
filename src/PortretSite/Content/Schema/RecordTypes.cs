using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>A nested record of its own keys (<c>approved: by: … on: …</c>); nothing when incomplete.</summary>
public sealed class RecordType<T>(RecordSchema<T> schema) : ValueType<T?>
    where T : class
{
    public override Message Description => new("the keys below", "de sleutels hieronder");

    public override IRecordShape Record => schema;

    public override ExampleLayout Layout => ExampleLayout.Nested;

    public override T? Read(string path, YamlNode node, BindingContext context) =>
        context.Fields.Mapping(path, node) is { } mapping ? schema.Bind(mapping, path + ".", context) : null;
}

/// <summary>A list of records, one <c>- key: …</c> item each; incomplete items are reported and left out.</summary>
/// <param name="unique">When set, an item with the identity of an earlier one is reported (<c>Twice</c>) and left out.</param>
/// <param name="orderBy">When set, the items in this order (stable), whatever order they were written in.</param>
public sealed class RecordListType<T>(RecordSchema<T> schema, ListIdentity<T>? unique = null, Func<T, IComparable>? orderBy = null) : ValueType<IReadOnlyList<T>>
    where T : class
{
    public override Message Description => new("a list of items with the keys below", "een lijst van items met de sleutels hieronder");

    public override IRecordShape Record => schema;

    public override bool IsList => true;

    public override ExampleLayout Layout => ExampleLayout.Nested;

    public override IReadOnlyList<T> Absent => [];

    public override IReadOnlyList<T> Read(string path, YamlNode node, BindingContext context)
    {
        var items = new List<T>();
        foreach (var mapping in context.Fields.MappingList(path, node))
        {
            if (schema.Bind(mapping, path + ".", context) is not { } item)
            {
                continue;
            }

            if (unique is not null && items.Any(i => unique.Identity(i) == unique.Identity(item)))
            {
                context.Fields.Error(mapping, unique.Twice(item));
                continue;
            }

            items.Add(item);
        }

        return orderBy is null ? items : [.. items.OrderBy(orderBy)];
    }
}

/// <summary>What makes two items of a list the same, and what to say when one is listed twice.</summary>
public sealed record ListIdentity<T>(Func<T, string> Identity, Func<T, Message> Twice);

/// <summary>Free text or a list of records, for a part editors may write either way (a typical day).</summary>
public sealed record TextOrList<T>(string? Text, IReadOnlyList<T> Items);

/// <summary>Reads free text (kept as written, and turned into items where it can be) or a list of records.</summary>
public sealed class TextOrListType<T>(RecordListType<T> list, Func<string, IReadOnlyList<T>> itemsFromText) : ValueType<TextOrList<T>>
    where T : class
{
    public override Message Description => new("text, or a list of items with the keys below", "tekst, of een lijst van items met de sleutels hieronder");

    public override IRecordShape? Record => list.Record;

    public override bool IsList => true;

    public override ExampleLayout Layout => ExampleLayout.Block;

    public override TextOrList<T> Absent => new(null, []);

    public override TextOrList<T> Read(string path, YamlNode node, BindingContext context)
    {
        if (node is YamlSequenceNode)
        {
            return new(null, list.Read(path, node, context));
        }

        var text = context.Fields.Text(path, node);
        return new(text, text is null ? [] : itemsFromText(text));
    }
}
