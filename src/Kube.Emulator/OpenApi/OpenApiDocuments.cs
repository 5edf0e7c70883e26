using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;
using Kube.Emulator.Schema;

namespace Kube.Emulator.OpenApi;

/// <summary>
/// The OpenAPI v3 discovery root (<c>/openapi/v3</c>) and one document per group-version, rebuilt whenever the
/// registry changes. kubectl reads them to find the PATCH operation of a kind and whether it lists the
/// <c>fieldValidation</c> parameter, which turns on server-side field validation.
/// </summary>
internal sealed class OpenApiDocuments(ResourceRegistry registry)
{
    private readonly Lock _lock = new();
    private Cache? _cache;

    public byte[] Root() => Current().Root;

    /// <summary>The document of a path such as <c>api/v1</c> or <c>apis/apps/v1</c>, or null when none exists.</summary>
    public byte[]? GroupVersion(string path) => Current().Documents.TryGetValue(path, out byte[]? document) ? document : null;

    private Cache Current()
    {
        lock (_lock)
        {
            long revision = registry.Revision;
            if (_cache is null || _cache.Revision != revision)
            {
                _cache = Build(revision);
            }

            return _cache;
        }
    }

    private Cache Build(long revision)
    {
        IReadOnlyDictionary<string, JsonObject> builtIns = OpenApiSchemas.BuiltInSchemas();
        var documents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var paths = new JsonObject();
        foreach (IGrouping<(string Group, string Version), ResourceType> groupVersion in registry.All.GroupBy(t => (t.Group, t.Version)))
        {
            (string group, string version) = groupVersion.Key;
            string path = group.Length == 0 ? $"api/{version}" : $"apis/{group}/{version}";
            byte[] document = JsonSerializer.SerializeToUtf8Bytes(OpenApiPaths.Document(groupVersion.ToList(), builtIns), JsonDefaults.Options);
            documents[path] = document;
            string hash = Convert.ToHexString(SHA512.HashData(document));
            paths[path] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{path}?hash={hash}" };
        }

        return new Cache(revision, JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["paths"] = paths }, JsonDefaults.Options), documents);
    }

    private sealed record Cache(long Revision, byte[] Root, Dictionary<string, byte[]> Documents);
}
