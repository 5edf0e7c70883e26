using System.Text.Json;

namespace Btwc.Client.Internal;

/// <summary>Parses successful response bodies; every defect becomes a <see cref="BtwcApiException"/>.</summary>
internal static class ResponseParser
{
    public static GeneratedCredential ParseGenerated(BtwcCall call, int attempt, int status, ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw Errors.EmptyCredential(call, attempt, status, "the body is empty");
        }

        using var document = ParseDocument(call, attempt, status, body);
        var root = document.RootElement;
        if (!JsonValues.TryGetProperty(root, "secret", out var secret) || secret.ValueKind == JsonValueKind.Null)
        {
            throw Errors.EmptyCredential(call, attempt, status, "it has no \"secret\" object");
        }

        if (secret.ValueKind != JsonValueKind.Object)
        {
            throw Errors.Invalid(call, attempt, status, $"\"secret\" is a JSON {Describe(secret.ValueKind)}, not an object");
        }

        var pairs = JsonValues.ToPairs(secret);
        if (pairs.Count == 0)
        {
            throw Errors.EmptyCredential(call, attempt, status, "the \"secret\" object is empty");
        }

        return new GeneratedCredential(pairs);
    }

    public static StaticSecret ParseStaticSecret(BtwcCall call, int attempt, int status, SecretPath path, ReadOnlyMemory<byte> body)
    {
        using var document = ParseDocument(call, attempt, status, body);
        var root = document.RootElement;
        if (!JsonValues.TryGetProperty(root, "secret", out var secret) || secret.ValueKind != JsonValueKind.Object)
        {
            throw Errors.Invalid(call, attempt, status, "it has no \"secret\" object");
        }

        JsonValues.TryGetProperty(root, "metadata", out var metadata);

        return new StaticSecret(path, JsonValues.ToPairs(secret))
        {
            Type = JsonValues.GetText(root, "type"),
            Tags = ReadTags(metadata),
            Version = ReadVersion(metadata),
            Id = JsonValues.GetText(metadata, "id"),
            CreatedAt = JsonValues.GetText(metadata, "createdAt"),
        };
    }

    public static IReadOnlyList<StaticSecretEntry> ParseList(BtwcCall call, int attempt, int status, string token, ReadOnlyMemory<byte> body)
    {
        using var document = ParseDocument(call, attempt, status, body);
        var root = document.RootElement;
        if (JsonValues.GetText(root, "error") is { Length: > 0 } error)
        {
            throw Errors.ListError(call, attempt, Redaction.Apply(error, token)!);
        }

        if (!JsonValues.TryGetProperty(root, "data", out var data) || data.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (data.ValueKind != JsonValueKind.Array)
        {
            throw Errors.Invalid(call, attempt, status, $"\"data\" is a JSON {Describe(data.ValueKind)}, not an array");
        }

        return ReadEntries(call, attempt, status, data);
    }

    private static List<StaticSecretEntry> ReadEntries(BtwcCall call, int attempt, int status, JsonElement data)
    {
        var entries = new List<StaticSecretEntry>(data.GetArrayLength());
        foreach (var item in data.EnumerateArray())
        {
            if (JsonValues.GetText(item, "path") is not { } path)
            {
                throw Errors.Invalid(call, attempt, status, $"item {entries.Count + 1} of \"data\" has no \"path\"");
            }

            JsonValues.TryGetProperty(item, "metadata", out var metadata);
            entries.Add(new StaticSecretEntry(path)
            {
                Type = JsonValues.GetText(item, "type"),
                Tags = ReadTags(metadata),
                Version = ReadVersion(metadata),
                Id = JsonValues.GetText(metadata, "id"),
            });
        }

        return entries;
    }

    private static JsonDocument ParseDocument(BtwcCall call, int attempt, int status, ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            // The parser's message is left out: it can quote the body, which may hold secret values.
            var where = exception.BytePositionInLine is { } position ? $" near byte {position}" : string.Empty;
            throw Errors.Invalid(call, attempt, status, $"the body is not valid JSON (line {exception.LineNumber + 1}{where})");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = Describe(document.RootElement.ValueKind);
            document.Dispose();
            throw Errors.Invalid(call, attempt, status, $"the body is a JSON {kind}, not an object");
        }

        return document;
    }

    private static Dictionary<string, string> ReadTags(JsonElement metadata)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (JsonValues.TryGetProperty(metadata, "tags", out var element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var tag in element.EnumerateObject())
            {
                tags[tag.Name] = JsonValues.ToText(tag.Value);
            }
        }

        return tags;
    }

    private static long? ReadVersion(JsonElement metadata) =>
        JsonValues.TryGetProperty(metadata, "version", out var version)
        && version.ValueKind == JsonValueKind.Number
        && version.TryGetInt64(out var number)
            ? number
            : null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
