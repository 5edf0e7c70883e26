namespace Btwc.Client.Internal;

/// <summary>What a caller can do about each HTTP error status.</summary>
internal static class HttpHints
{
    public static string For(BtwcCall call, int status, TimeSpan? retryAfter) => status switch
    {
        401 => "Check that the token is valid and not expired, and that the bt-secrets-api-version header value (ApiVersion) is supported.",
        403 when call.IsGenerate => $"Give the token the \"generate\" permission on {FolderText(call)}.",
        403 when call.Path is not null => $"Give the token the \"read\" permission on {FolderText(call)}.",
        403 => "Check the token's permissions.",
        404 => NotFound(call),
        409 => "The request conflicts with the current state of the secret; read it again before retrying.",
        429 => "The API rate-limited the call; " + RetryText(retryAfter),
        503 => "The API is unavailable; " + RetryText(retryAfter),
        >= 500 => "The API failed; " + RetryText(retryAfter),
        _ => string.Empty,
    };

    private static string NotFound(BtwcCall call) => call.Operation switch
    {
        BtwcCall.SessionOperation => "Check ApiUrl and SiteId.",
        BtwcCall.ListOperation => "Check that the folder exists.",
        BtwcCall.GenerateOperation => "Check that a dynamic secret with this folder and name exists.",
        _ => "Check that a static secret with this folder and name exists.",
    };

    private static string FolderText(BtwcCall call) =>
        call.Folder.Length == 0 ? "the root folder" : "folder " + Quoting.Quote(call.Folder);

    private static string RetryText(TimeSpan? retryAfter) =>
        retryAfter is { } delay ? $"retry after {Errors.Seconds(delay)} (Retry-After)." : "retry later.";
}
