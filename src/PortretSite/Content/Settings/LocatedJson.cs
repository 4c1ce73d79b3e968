using System.Text.Json;

namespace PortretSite.Content.Settings;

public enum LocatedJsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A JSON value that remembers the line it started on, so settings errors can name it.</summary>
public sealed record LocatedJson(
    LocatedJsonKind Kind,
    int Line,
    string? Scalar,
    IReadOnlyList<KeyValuePair<LocatedJsonProperty, LocatedJson>> Properties,
    IReadOnlyList<LocatedJson> Items)
{
    public string Describe() => Kind switch
    {
        LocatedJsonKind.Object => "an object",
        LocatedJsonKind.Array => "a list",
        LocatedJsonKind.String => $"\"{Scalar}\"",
        LocatedJsonKind.Null => "null",
        _ => Scalar ?? "",
    };
}

public sealed record LocatedJsonProperty(string Name, int Line);

/// <summary>Parses JSON (comments and trailing commas allowed) into <see cref="LocatedJson"/>.</summary>
public static class LocatedJsonParser
{
    public sealed class ParseError(string message, int line) : Exception(message)
    {
        public int Line { get; } = line;
    }

    public static LocatedJson Parse(ReadOnlySpan<byte> utf8)
    {
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 64,
        });
        try
        {
            if (!reader.Read())
            {
                throw new ParseError("the file is empty", 1);
            }

            var value = ReadValue(ref reader, lineStarts);
            if (reader.Read())
            {
                throw new ParseError("unexpected text after the end of the settings object", LineOf(reader.TokenStartIndex, lineStarts));
            }

            return value;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new ParseError(CleanMessage(ex.Message), line);
        }
    }

    private static LocatedJson ReadValue(ref Utf8JsonReader reader, List<long> lineStarts)
    {
        var line = LineOf(reader.TokenStartIndex, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<LocatedJsonProperty, LocatedJson>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = new LocatedJsonProperty(reader.GetString()!, LineOf(reader.TokenStartIndex, lineStarts));
                    reader.Read();
                    properties.Add(new(name, ReadValue(ref reader, lineStarts)));
                }

                return new(LocatedJsonKind.Object, line, null, properties, []);
            case JsonTokenType.StartArray:
                var items = new List<LocatedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lineStarts));
                }

                return new(LocatedJsonKind.Array, line, null, [], items);
            case JsonTokenType.String:
                return Scalar(LocatedJsonKind.String, line, reader.GetString());
            case JsonTokenType.Number:
                return Scalar(LocatedJsonKind.Number, line, System.Text.Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
            case JsonTokenType.False:
                return Scalar(LocatedJsonKind.Boolean, line, reader.GetBoolean() ? "true" : "false");
            default:
                return Scalar(LocatedJsonKind.Null, line, null);
        }
    }

    private static LocatedJson Scalar(LocatedJsonKind kind, int line, string? value) => new(kind, line, value, [], []);

    private static List<long> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(long offset, List<long> lineStarts)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? text[..cut] : text).Trim().TrimEnd('.');
    }
}
