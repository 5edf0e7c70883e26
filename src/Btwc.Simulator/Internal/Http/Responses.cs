using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Btwc.Simulator.Internal.Http;

/// <summary>Writers for JSON responses.</summary>
internal static class Responses
{
    private static readonly byte[] SessionBody = """{"valid":true}"""u8.ToArray();

    public static Task WriteSessionAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status200OK, SessionBody);

    /// <summary>Writes a complete JSON body with its <c>Content-Length</c>.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;

        return response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>
    /// Writes an error body <c>{"error", "code", "message", "details"}</c> and an optional <c>Retry-After</c>:
    /// <paramref name="error"/> is the category (<c>not_found</c>), <paramref name="code"/> the precise cause (<c>secret_not_found</c>).
    /// </summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, string error, string code, string message, int? retryAfterSeconds = null, IReadOnlyDictionary<string, string>? details = null)
    {
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Json.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("error", error);
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            if (details is not null)
            {
                writer.WriteStartObject("details");
                foreach (var (key, value) in details)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return WriteAsync(context, statusCode, buffer.WrittenMemory);
    }
}
