namespace Btwc.Client.Internal;

/// <summary>What one client method sends, and how its messages, logs and metrics name it.</summary>
/// <param name="Operation">The operation name used in logs, metrics and <see cref="BtwcApiException.Operation"/>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="RequestUri">The full request URI.</param>
/// <param name="Path">The folder/name path for get and generate, the folder for list, null for the session check.</param>
/// <param name="Subject">The action in messages, for example <c>generating credentials from dynamic secret "a/b"</c>.</param>
internal sealed record BtwcCall(string Operation, HttpMethod Method, Uri RequestUri, string? Path, string Subject)
{
    public const string SessionOperation = "session";
    public const string GetOperation = "get";
    public const string ListOperation = "list";
    public const string GenerateOperation = "generate";

    /// <summary>True for generate, the only call that is not idempotent.</summary>
    public bool IsGenerate => Operation == GenerateOperation;

    /// <summary>The path as logs show it: the folder/name path, <c>/</c> for the root folder, <c>-</c> for the session.</summary>
    public string LogPath => Path switch
    {
        null => "-",
        "" => "/",
        _ => Path,
    };

    /// <summary>The folder the call addresses; empty for the root folder.</summary>
    public string Folder => Operation switch
    {
        ListOperation => Path ?? string.Empty,
        _ when Path is not null && Path.LastIndexOf('/') is var slash and >= 0 => Path[..slash],
        _ => string.Empty,
    };
}
