using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Btwc.Simulator.Internal;

/// <summary>Shared JSON writing settings and helpers.</summary>
internal static class Json
{
    /// <summary>Writes non-ASCII text as UTF-8 rather than <c>\uXXXX</c> escapes, as web APIs usually do.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Serializes what <paramref name="write"/> writes into a new byte array.</summary>
    public static byte[] ToBytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a UTC time as RFC 3339 with second precision and a <c>Z</c>, for example <c>2025-12-29T22:35:29Z</c>.</summary>
    public static void WriteTime(Utf8JsonWriter writer, string property, DateTimeOffset time)
    {
        Span<char> text = stackalloc char[20];
        time.UtcDateTime.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        writer.WriteString(property, text[..written]);
    }

    /// <summary>Drops the sub-second part of a time.</summary>
    public static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
