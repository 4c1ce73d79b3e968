using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PortretSite.Foundation.State;

/// <summary>A cache's index in one JSON file: read whole (empty when missing or unreadable), written whole and atomically.</summary>
public static class JsonIndex
{
    public static ConcurrentDictionary<string, T> Load<T>(string path, JsonTypeInfo<Dictionary<string, T>> json)
    {
        try
        {
            var index = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), json) : null;
            return SharedTables.Of<T>(index ?? []);
        }
        catch (JsonException)
        {
            return SharedTables.Create<T>();
        }
    }

    public static void Save<T>(string path, Dictionary<string, T> index, JsonTypeInfo<Dictionary<string, T>> json) =>
        WholeFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(index, json));
}

/// <summary>The indexes of local state read and written without reflection: at 20,000 photos they are megabytes.</summary>
[JsonSerializable(typeof(Dictionary<string, FileHashes.Stamp>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class StateJson : JsonSerializerContext;
