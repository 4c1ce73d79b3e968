using System.Buffers.Binary;
using System.Text.Json;

namespace PortretSite.Images.Workers;

/// <summary>
/// The image workers' protocol: each message is its length as four bytes (little-endian), then
/// that many bytes of UTF-8 JSON. Requests go to the worker's standard input, replies come from its
/// standard output, one reply per request, in order.
/// </summary>
internal static class WorkerFrames
{
    private static readonly JsonSerializerOptions Json = new();

    public static void Write<T>(Stream stream, T message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, body.Length);
        stream.Write(length);
        stream.Write(body);
        stream.Flush();
    }

    /// <summary>The next message, or null when the stream ended between messages; a stream that ends inside one throws <see cref="EndOfStreamException"/>.</summary>
    public static T? Read<T>(Stream stream)
        where T : class
    {
        var length = new byte[4];
        var first = stream.ReadAtLeast(length, 4, throwOnEndOfStream: false);
        if (first == 0)
        {
            return null;
        }

        if (first < 4)
        {
            throw new EndOfStreamException();
        }

        var body = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
        stream.ReadExactly(body);
        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new InvalidDataException("an empty message from an image worker");
    }
}

/// <summary>A worker's answer to one request: what it made, or the message of an exception that is not about the photo (libvips missing, a full disk).</summary>
internal sealed record WorkerReply<T>(T? Made, string? Fault)
    where T : class;
