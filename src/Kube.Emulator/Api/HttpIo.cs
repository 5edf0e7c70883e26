using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kube.Emulator.Api;

/// <summary>Reads request bodies (JSON or YAML, size-limited) and writes JSON responses.</summary>
internal static class HttpIo
{
    private static JsonWriterOptions WriterOptions => JsonDefaults.WriterOptions;

    /// <summary>The media type of the request body without parameters, lower case.</summary>
    public static string MediaType(HttpRequest request)
    {
        string contentType = request.ContentType ?? string.Empty;
        int semicolon = contentType.IndexOf(';', StringComparison.Ordinal);

        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (request.ContentLength is { } length)
        {
            byte[] exact = new byte[length];
            try
            {
                await request.Body.ReadExactlyAsync(exact, ct).ConfigureAwait(false);
            }
            catch (EndOfStreamException)
            {
                throw ApiException.BadRequest($"the request body ended before the {length} bytes its Content-Length announced");
            }

            return exact;
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Parses a body as JSON, or as YAML for <c>application/yaml</c> and <c>apply-patch+yaml</c>.</summary>
    public static JsonNode? Parse(byte[] body, string mediaType)
    {
        if (mediaType.EndsWith("yaml", StringComparison.Ordinal))
        {
            return YamlToJson.Convert(Encoding.UTF8.GetString(body));
        }

        try
        {
            return JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException error)
        {
            throw ApiException.BadRequest($"couldn't get version/kind; json parse error: {error.Message}");
        }
    }

    public static JsonObject ParseObject(byte[] body, string mediaType)
    {
        if (body.Length == 0)
        {
            throw ApiException.BadRequest("the request body is empty: send the object as JSON or YAML");
        }

        return Parse(body, mediaType) as JsonObject
            ?? throw ApiException.BadRequest("couldn't get version/kind; json parse error: the body is not a JSON object");
    }

    public static Task WriteAsync(HttpContext context, int statusCode, JsonNode body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        using var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions);
        body.WriteTo(writer);
        writer.Flush();

        return context.Response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }

    public static async Task WriteRawAsync(HttpContext context, int statusCode, byte[] json)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }

    public static Utf8JsonWriter CreateWriter(HttpContext context) => new(context.Response.BodyWriter, WriterOptions);

    private static ApiException TooLarge(long maxBytes) =>
        ApiException.TooLarge($"Request entity too large: limit is {maxBytes}");
}
