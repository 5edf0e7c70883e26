namespace Btwc.Client;

/// <summary>
/// A client of one BTWC tenant. Safe for concurrent use. Every method throws <see cref="BtwcApiException"/> when
/// the call fails, and <see cref="OperationCanceledException"/> when <c>cancellationToken</c> is cancelled.
/// </summary>
public interface IBtwcClient
{
    /// <summary>Checks that the API is reachable and accepts the token (<c>GET /session</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the session is valid.</returns>
    Task CheckSessionAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads one static secret (<c>GET /static/{name}?folder={folder}</c>).</summary>
    /// <param name="path">The secret's folder and name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The secret's values and metadata.</returns>
    Task<StaticSecret> GetStaticSecretAsync(SecretPath path, CancellationToken cancellationToken = default);

    /// <summary>Lists the static secrets under a folder, recursively (<c>GET /static?path={folder}&amp;recursive=true</c>).</summary>
    /// <param name="folder">The folder, for example <c>prod/db</c>; empty or <c>/</c> for the root folder.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries in response order; empty when the folder contains none.</returns>
    Task<IReadOnlyList<StaticSecretEntry>> ListStaticSecretsAsync(string folder, CancellationToken cancellationToken = default);

    /// <summary>
    /// Mints new credentials from a dynamic secret (<c>POST /dynamic/{name}/generate?folder={folder}</c>). Retried
    /// only when the server did not process the request (HTTP 429 or 503).
    /// </summary>
    /// <param name="path">The dynamic secret's folder and name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new credential, never empty.</returns>
    Task<GeneratedCredential> GenerateAsync(SecretPath path, CancellationToken cancellationToken = default);
}
