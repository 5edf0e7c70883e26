namespace Btwc.Client.Internal;

/// <summary>Builds the request URIs of one tenant: <c>{apiUrl}/{siteId}/secrets/...</c>.</summary>
internal sealed class RequestUris
{
    // Sends the escaped path as written: no unescaping of %2F and no removal of dot segments.
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private readonly string _baseUrl;

    public RequestUris(string normalizedApiUrl, string siteId)
    {
        _baseUrl = normalizedApiUrl + "/" + Uri.EscapeDataString(siteId) + "/secrets";
    }

    public Uri Session() => Create(_baseUrl + "/session");

    public Uri StaticSecret(SecretPath path) =>
        Create(_baseUrl + "/static/" + Uri.EscapeDataString(path.Name) + FolderQuery("?folder=", path.Folder));

    public Uri StaticList(string folder) =>
        Create(_baseUrl + "/static" + FolderQuery("?path=", folder) + (folder.Length == 0 ? "?" : "&") + "recursive=true");

    public Uri Generate(SecretPath path) =>
        Create(_baseUrl + "/dynamic/" + Uri.EscapeDataString(path.Name) + "/generate" + FolderQuery("?folder=", path.Folder));

    private static string FolderQuery(string prefix, string folder) =>
        folder.Length == 0 ? string.Empty : prefix + Uri.EscapeDataString(folder);

    private static Uri Create(string text) => new(text, in Verbatim);
}
