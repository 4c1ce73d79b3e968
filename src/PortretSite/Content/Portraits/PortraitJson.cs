using System.Text.Json;
using System.Text.Json.Serialization;
using Markdig.Syntax.Inlines;
using PortretSite.Content.Story;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Portraits;

/// <summary>
/// A portrait as JSON, without reflection: kept by <see cref="PortraitRecords"/> and hashed into the stamp of a
/// sealed page. Its story is written as what it is made from (<see cref="StoryAsItsSources"/>).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(StoryAsItsSources)])]
[JsonSerializable(typeof(Portrait))]
[JsonSerializable(typeof(PortraitRecords.Record))]
[JsonSerializable(typeof(List<StorySource>))]
[JsonSerializable(typeof(List<PhotoRef>))]
[JsonSerializable(typeof(List<PortraitClip>))]
[JsonSerializable(typeof(Diagnostic))]
internal sealed partial class PortraitJson : JsonSerializerContext;

/// <summary>
/// A story as what its pages are made from: its sources, whether they parsed, and the photos and clips its images
/// resolved to (a reading that may not see the photos has none). Read back, it is its sources alone: the document
/// and what its images show are made again from them (<see cref="StoryChecker"/>).
/// </summary>
internal sealed class StoryAsItsSources : JsonConverter<PortraitStory>
{
    public override PortraitStory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        List<StorySource>? sources = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a story is an object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "sources")
            {
                sources = JsonSerializer.Deserialize(ref reader, PortraitJson.Default.ListStorySource);
            }
            else
            {
                reader.Skip();
            }
        }

        return new PortraitStory(sources ?? [], null, new Dictionary<LinkInline, PhotoRef>(ReferenceEqualityComparer.Instance));
    }

    public override void Write(Utf8JsonWriter writer, PortraitStory value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("sources");
        JsonSerializer.Serialize(writer, value.Sources.ToList(), PortraitJson.Default.ListStorySource);
        writer.WriteBoolean("parsed", value.Document is not null);
        writer.WritePropertyName("photos");
        JsonSerializer.Serialize(writer, value.Photos.Values.ToList(), PortraitJson.Default.ListPhotoRef);
        writer.WritePropertyName("clips");
        JsonSerializer.Serialize(writer, value.Clips.Values.ToList(), PortraitJson.Default.ListPortraitClip);
        writer.WriteEndObject();
    }
}
