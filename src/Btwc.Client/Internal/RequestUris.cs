using System.Collections.Concurrent;

namespace Btwc.Client.Internal;

/// <summary>Builds the request URIs of one tenant: <c>{apiUrl}/{siteId}/secrets/...</c>.</summary>
internal sealed class RequestUris
{
    // Sends the escaped path as written: no unescaping of %2F and no removal of dot segments.
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    // Reusing a Uri saves parsing it and recomputing its host on every request. The cache is bounded, so callers
    // with very many distinct paths get new Uri instances instead of unbounded growth.
    private const int MaxCachedUris = 1024;

    private readonly string _baseUrl;
    private readonly ConcurrentDictionary<(string Operation, SecretPath Path), Uri> _cache = new();

    public RequestUris(string normalizedApiUrl, string siteId)
    {
        _baseUrl = normalizedApiUrl + "/" + Uri.EscapeDataString(siteId) + "/secrets";
    }

    public Uri Session() => Create(_baseUrl + "/session");

    public Uri StaticSecret(SecretPath path) =>
        Cached("get", path, static (self, path) => self._baseUrl + "/static/" + Uri.EscapeDataString(path.Name) + FolderQuery("?folder=", path.Folder));

    public Uri StaticList(string folder) =>
        Create(_baseUrl + "/static" + FolderQuery("?path=", folder) + (folder.Length == 0 ? "?" : "&") + "recursive=true");

    public Uri Generate(SecretPath path) =>
        Cached("generate", path, static (self, path) => self._baseUrl + "/dynamic/" + Uri.EscapeDataString(path.Name) + "/generate" + FolderQuery("?folder=", path.Folder));

    private static string FolderQuery(string prefix, string folder) =>
        folder.Length == 0 ? string.Empty : prefix + Uri.EscapeDataString(folder);

    private static Uri Create(string text) => new(text, in Verbatim);

    private Uri Cached(string operation, SecretPath path, Func<RequestUris, SecretPath, string> build)
    {
        if (_cache.TryGetValue((operation, path), out var cached))
        {
            return cached;
        }

        var uri = Create(build(this, path));
        if (_cache.Count < MaxCachedUris)
        {
            _cache.TryAdd((operation, path), uri);
        }

        return uri;
    }
}
