using Microsoft.Extensions.Logging;

namespace Btwc.Client.Internal;

/// <summary>The <see cref="IBtwcClient"/> implementation: builds each call and hands it to the attempt loop.</summary>
internal sealed partial class BtwcClient : IBtwcClient
{
    private readonly ClientSettings _settings;
    private readonly PooledConnection _connection;
    private readonly RetryPipeline _retry;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ClientMetrics _metrics;

    public BtwcClient(ClientSettings settings, PooledConnection connection, RetryPipeline retry, TimeProvider timeProvider, ILogger logger, ClientMetrics metrics)
    {
        _settings = settings;
        _connection = connection;
        _retry = retry;
        _timeProvider = timeProvider;
        _logger = logger;
        _metrics = metrics;
    }

    public Task CheckSessionAsync(CancellationToken cancellationToken = default)
    {
        var call = new BtwcCall(BtwcCall.SessionOperation, HttpMethod.Get, _settings.Uris.Session(), null, "checking the session");

        return ExecuteAsync(call, static (_, _, _, _, _) => true, cancellationToken);
    }

    public Task<StaticSecret> GetStaticSecretAsync(SecretPath path, CancellationToken cancellationToken = default)
    {
        var text = CheckPath(path);
        var call = new BtwcCall(BtwcCall.GetOperation, HttpMethod.Get, _settings.Uris.StaticSecret(path), text, $"reading static secret {Quoting.Quote(text)}");

        return ExecuteAsync(call, (call, attempt, status, _, body) => ResponseParser.ParseStaticSecret(call, attempt, status, path, body), cancellationToken);
    }

    public Task<IReadOnlyList<StaticSecretEntry>> ListStaticSecretsAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (PathRules.FindError(folder, requireName: false) is { } error)
        {
            throw new BtwcConfigurationException(nameof(folder), error);
        }

        var normalized = PathRules.NormalizeFolder(folder);
        var subject = normalized.Length == 0 ? "listing static secrets in the root folder" : $"listing static secrets in folder {Quoting.Quote(normalized)}";
        var call = new BtwcCall(BtwcCall.ListOperation, HttpMethod.Get, _settings.Uris.StaticList(normalized), normalized, subject);

        return ExecuteAsync(call, ResponseParser.ParseList, cancellationToken);
    }

    public Task<GeneratedCredential> GenerateAsync(SecretPath path, CancellationToken cancellationToken = default)
    {
        var text = CheckPath(path);
        var call = new BtwcCall(BtwcCall.GenerateOperation, HttpMethod.Post, _settings.Uris.Generate(path), text, $"generating credentials from dynamic secret {Quoting.Quote(text)}");

        return ExecuteAsync(call, ParseGenerated, cancellationToken);
    }

    private GeneratedCredential ParseGenerated(BtwcCall call, int attempt, int status, string token, ReadOnlyMemory<byte> body)
    {
        var credential = ResponseParser.ParseGenerated(call, attempt, status, body);
        if (credential.RawExpiration is not null && credential.Expiration is null)
        {
            Log.ExpirationNotParsed(_logger, call.LogPath);
        }

        return credential;
    }

    private static string CheckPath(SecretPath path)
    {
        // default(SecretPath) has no name; a parsed or constructed path always has one.
        if (string.IsNullOrEmpty(path.Name))
        {
            throw new BtwcConfigurationException(nameof(path), "The secret path is empty. Create it with SecretPath.Parse(\"folder/name\").");
        }

        return path.ToString();
    }
}
