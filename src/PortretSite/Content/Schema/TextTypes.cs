using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>One line of text, trimmed.</summary>
public sealed class TextType : ValueType<string?>
{
    public override Message Description => ContentMessages.KindText;

    public override bool EmptyIsMissing => true;

    public override string? Read(string path, YamlNode node, BindingContext context) => context.Fields.Text(path, node)?.Trim();

    public override bool HasValue(string? value) => !string.IsNullOrWhiteSpace(value);
}

/// <summary>Text that may not be left empty once written; the empty value is reported at its own line.</summary>
public sealed class NonEmptyTextType : ValueType<string?>
{
    public override Message Description => ContentMessages.KindText;

    public override string? Read(string path, YamlNode node, BindingContext context) => context.Fields.RequiredText(path, node);
}

/// <summary>Markdown text of several lines (<c>key: |</c>), kept as written.</summary>
public sealed class BlockTextType : ValueType<string?>
{
    public override Message Description => new("text (Markdown), usually a block: `|` and indented lines", "tekst (Markdown), meestal een blok: `|` en ingesprongen regels");

    public override ExampleLayout Layout => ExampleLayout.Block;

    public override Message? Placeholder => new("…", "…");

    public override string? Read(string path, YamlNode node, BindingContext context) => context.Fields.Text(path, node);
}

/// <summary>A list of short texts (<c>[a, b]</c>), each trimmed; empty items are left out.</summary>
public sealed class TextListType(bool distinct = false) : ValueType<IReadOnlyList<string>>
{
    public override Message Description => ContentMessages.KindTextList;

    public override IReadOnlyList<string> Absent => [];

    public override IReadOnlyList<string> Read(string path, YamlNode node, BindingContext context)
    {
        var items = context.Fields.TextList(path, node);
        return distinct ? [.. items.Distinct()] : items;
    }
}
