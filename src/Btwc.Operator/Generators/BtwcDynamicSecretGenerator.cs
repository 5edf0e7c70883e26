using System.Text;
using Btwc.Client;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Generators.Internal;

namespace Btwc.Operator.Generators;

/// <summary>
/// Runs a <c>BeyondtrustWorkloadCredentialsDynamicSecret</c> generator: reads its API token and CA, and calls
/// the BeyondTrust generate endpoint once. Every call mints a new credential with its own lease.
/// </summary>
public sealed class BtwcDynamicSecretGenerator
{
    private readonly ClientCache _clients;
    private readonly ICredentialReader _reader;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="clients">Creates BeyondTrust clients; it pools one connection handler per API URL and CA. Clients are reused per API URL, site, CA and token.</param>
    /// <param name="reader">Reads token and CA Secrets and ConfigMaps.</param>
    /// <param name="time">The clock that stamps when a credential was issued.</param>
    public BtwcDynamicSecretGenerator(BtwcClientFactory clients, ICredentialReader reader, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(time);
        _clients = new ClientCache(clients);
        _reader = reader;
        _time = time;
    }

    /// <summary>Gets the throttling partition of a generator (its API URL and site), or null when its settings are invalid.</summary>
    /// <param name="generator">The resolved generator.</param>
    /// <param name="externalSecretNamespace">The referencing ExternalSecret's namespace.</param>
    public static string? PartitionOf(ResolvedGenerator generator, string externalSecretNamespace)
    {
        ArgumentNullException.ThrowIfNull(generator);
        try
        {
            return ProviderSettings.From(generator, externalSecretNamespace).Partition;
        }
        catch (GeneratorException)
        {
            return null;
        }
    }

    /// <summary>Generates one new credential.</summary>
    /// <param name="generator">The resolved generator.</param>
    /// <param name="externalSecretNamespace">The namespace of the ExternalSecret that runs it; token and CA references resolve there.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The new credential.</returns>
    /// <exception cref="GeneratorException">The settings are invalid, a referenced object is missing, or the API call failed.</exception>
    public async Task<GeneratorOutput> GenerateAsync(ResolvedGenerator generator, string externalSecretNamespace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var settings = ProviderSettings.From(generator, externalSecretNamespace);
        var caPem = await CaBundleLoader.LoadAsync(generator, externalSecretNamespace, _reader, cancellationToken).ConfigureAwait(false);
        var token = await ReadTokenAsync(generator, settings, cancellationToken).ConfigureAwait(false);

        try
        {
            return await CallAsync(settings, caPem, token, cancellationToken).ConfigureAwait(false);
        }
        catch (BtwcApiException exception) when (exception.IsAuthenticationFailure)
        {
            // A 401 or 403 means the request was not processed, so trying once more with a freshly read token
            // cannot mint twice. This is how a rotated token is picked up without waiting for the cache.
            _reader.Invalidate(settings.TokenNamespace, settings.TokenName);
            var fresh = await ReadTokenAsync(generator, settings, cancellationToken).ConfigureAwait(false);
            if (fresh == token)
            {
                throw Translate(exception, settings);
            }

            try
            {
                return await CallAsync(settings, caPem, fresh, cancellationToken).ConfigureAwait(false);
            }
            catch (BtwcApiException retryException)
            {
                throw Translate(retryException, settings);
            }
        }
        catch (BtwcApiException exception)
        {
            throw Translate(exception, settings);
        }
        catch (BtwcConfigurationException exception)
        {
            throw ProviderSettings.Invalid($"{generator.DisplayName}: {exception.Message}");
        }
    }

    private async Task<GeneratorOutput> CallAsync(ProviderSettings settings, string? caPem, string token, CancellationToken cancellationToken)
    {
        var client = _clients.Get(settings.ApiUrl, settings.SiteId, caPem, token);
        var credential = await client.GenerateAsync(settings.Path, cancellationToken).ConfigureAwait(false);

        return new GeneratorOutput(credential.Values, credential.LeaseId, _time.GetUtcNow(), credential.Expiration, credential.RawExpiration);
    }

    private async ValueTask<string> ReadTokenAsync(ResolvedGenerator generator, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var result = await _reader.ReadSecretKeyAsync(settings.TokenNamespace, settings.TokenName, settings.TokenKey, cancellationToken).ConfigureAwait(false);
        if (!result.ObjectFound)
        {
            throw ProviderSettings.Invalid($"{generator.DisplayName} spec.provider.auth.apikey.token: Secret \"{settings.TokenName}\" was not found in namespace \"{settings.TokenNamespace}\". Create it with the API token under key \"{settings.TokenKey}\".");
        }

        var token = result.Value is null ? string.Empty : Encoding.UTF8.GetString(result.Value).Trim();
        if (token.Length == 0)
        {
            throw ProviderSettings.Invalid($"{generator.DisplayName} spec.provider.auth.apikey.token: Secret \"{settings.TokenName}\" in namespace \"{settings.TokenNamespace}\" has no value under key \"{settings.TokenKey}\". Put the API token there.");
        }

        return token;
    }

    private static GeneratorException Translate(BtwcApiException exception, ProviderSettings settings)
    {
        var failureClass = exception.Kind switch
        {
            BtwcErrorKind.Http => FailureClassifier.FromHttpStatus(exception.StatusCode),
            _ when exception.IsCertificateNotTrusted => FailureClass.Configuration,
            _ => FailureClass.Transient,
        };
        var reason = failureClass switch
        {
            FailureClass.Authentication => ConditionReasons.AuthenticationFailed,
            FailureClass.RateLimited => ConditionReasons.RateLimited,
            _ => ConditionReasons.SecretSyncedError,
        };

        return new GeneratorException(failureClass, reason, "unable to generate dynamic secret: " + exception.Message, exception)
        {
            RetryAfter = exception.RetryAfter,
            Partition = settings.Partition,
        };
    }
}
