using System.Text;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content;

namespace PortretSite.Content.Text;

/// <summary>
/// Reads editor-written text files: strict UTF-8 (a file in another encoding is an error naming
/// the first bad line, never silently garbled), a byte order mark is dropped, CRLF becomes LF.
/// </summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics, long maxBytes = long.MaxValue)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > maxBytes)
            {
                diagnostics.Error(displayPath, null, ContentMessages.FileTooLarge(length, maxBytes));
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (IOException ex)
        {
            diagnostics.Error(displayPath, null, ContentMessages.CannotRead(ex.Message));
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Error(displayPath, null, ContentMessages.CannotRead(ex.Message));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(displayPath, FirstInvalidLine(bytes), ContentMessages.NotUtf8);
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            diagnostics.Error(displayPath, null, ContentMessages.BinaryFile);
            return null;
        }

        return NormalizeLineEndings(text);
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static int FirstInvalidLine(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                if (!IsValidUtf8(bytes[start..i]))
                {
                    return line;
                }

                line++;
                start = i + 1;
            }
        }

        return line;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
