using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>One choice of a fixed set, as written, with what it means.</summary>
public sealed record Choice<T>(string Written, T Value, Message Help);

/// <summary>One of a fixed set of words; <typeparamref name="T"/> is what each word means (nullable: nothing when not chosen).</summary>
/// <param name="quotesTrimmed">Whether a refused value is quoted back trimmed (language) or as written (kind, status, mood).</param>
public sealed class ChoiceType<T>(IReadOnlyList<Choice<T>> choices, bool quotesTrimmed = false) : ValueType<T>
{
    private readonly Dictionary<string, T> _byWord = choices.ToDictionary(c => c.Written, c => c.Value, StringComparer.Ordinal);

    public override Message Description => new(List("or"), List("of"));

    public override IReadOnlyList<(string Written, Message Help)> Options => [.. choices.Select(c => (c.Written, c.Help))];

    private string List(string or) =>
        string.Join(", ", choices.SkipLast(1).Select(c => $"`{c.Written}`")) + $" {or} `{choices[^1].Written}`";

    public override T Read(string path, YamlNode node, BindingContext context)
    {
        var text = context.Fields.Text(path, node);
        if (text is null)
        {
            return default!;
        }

        if (_byWord.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        context.Fields.Error(node, ContentMessages.BadChoice(path, quotesTrimmed ? text.Trim() : text, _byWord.Keys));
        return default!;
    }
}
