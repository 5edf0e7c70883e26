using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Btwc.Operator.Generators;
using k8s;
using k8s.Autorest;

namespace Btwc.Operator.Kubernetes;

/// <summary>
/// Reads token and CA keys from Secrets and ConfigMaps through the API server, keeping each object for a
/// short time so that thousands of ExternalSecrets sharing one token Secret cause one read, not thousands.
/// </summary>
/// <remarks>
/// The operator does not watch unmanaged Secrets (memory would grow with the cluster), so a rotated value is
/// seen when the cached copy ages out, or at once when the caller calls <see cref="Invalidate"/> after an
/// authentication failure.
/// </remarks>
public sealed class KubeCredentialReader : ICredentialReader
{
    /// <summary>The default time a read object is reused: 30 seconds.</summary>
    public static readonly TimeSpan DefaultCacheDuration = TimeSpan.FromSeconds(30);

    private readonly IKubernetes _kubernetes;
    private readonly TimeProvider _time;
    private readonly TimeSpan _cacheDuration;
    private readonly ConcurrentDictionary<(bool IsSecret, string Namespace, string Name), CachedObject> _cache = new();

    /// <summary>Initializes a new instance.</summary>
    /// <param name="kubernetes">The API client.</param>
    /// <param name="time">The clock for cache expiry.</param>
    /// <param name="cacheDuration">How long a read object is reused; default <see cref="DefaultCacheDuration"/>.</param>
    public KubeCredentialReader(IKubernetes kubernetes, TimeProvider time, TimeSpan? cacheDuration = null)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        ArgumentNullException.ThrowIfNull(time);
        _kubernetes = kubernetes;
        _time = time;
        _cacheDuration = cacheDuration ?? DefaultCacheDuration;
    }

    /// <inheritdoc />
    public async ValueTask<KeyReadResult> ReadSecretKeyAsync(string namespaceName, string name, string key, CancellationToken cancellationToken)
    {
        var cached = await GetAsync(true, namespaceName, name, cancellationToken).ConfigureAwait(false);

        return Lookup(cached, key);
    }

    /// <inheritdoc />
    public async ValueTask<KeyReadResult> ReadConfigMapKeyAsync(string namespaceName, string name, string key, CancellationToken cancellationToken)
    {
        var cached = await GetAsync(false, namespaceName, name, cancellationToken).ConfigureAwait(false);

        return Lookup(cached, key);
    }

    /// <inheritdoc />
    public void Invalidate(string namespaceName, string name) => _cache.TryRemove((true, namespaceName, name), out _);

    private static KeyReadResult Lookup(CachedObject cached, string key)
    {
        if (cached.Data is null)
        {
            return new KeyReadResult(false, null);
        }

        return new KeyReadResult(true, cached.Data.GetValueOrDefault(key));
    }

    private async ValueTask<CachedObject> GetAsync(bool isSecret, string namespaceName, string name, CancellationToken cancellationToken)
    {
        var cacheKey = (isSecret, namespaceName, name);
        var now = _time.GetUtcNow();
        if (_cache.TryGetValue(cacheKey, out var cached) && cached.ExpiresAt > now)
        {
            return cached;
        }

        var data = isSecret
            ? await ReadSecretAsync(namespaceName, name, cancellationToken).ConfigureAwait(false)
            : await ReadConfigMapAsync(namespaceName, name, cancellationToken).ConfigureAwait(false);
        var fresh = new CachedObject(data, now + _cacheDuration);
        _cache[cacheKey] = fresh;

        return fresh;
    }

    private async Task<Dictionary<string, byte[]>?> ReadSecretAsync(string namespaceName, string name, CancellationToken cancellationToken)
    {
        try
        {
            var secret = await _kubernetes.CoreV1.ReadNamespacedSecretAsync(name, namespaceName, cancellationToken: cancellationToken).ConfigureAwait(false);

            return secret.Data is null ? [] : new Dictionary<string, byte[]>(secret.Data, StringComparer.Ordinal);
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<Dictionary<string, byte[]>?> ReadConfigMapAsync(string namespaceName, string name, CancellationToken cancellationToken)
    {
        try
        {
            var configMap = await _kubernetes.CoreV1.ReadNamespacedConfigMapAsync(name, namespaceName, cancellationToken: cancellationToken).ConfigureAwait(false);
            var data = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (key, value) in configMap.BinaryData ?? new Dictionary<string, byte[]>())
            {
                data[key] = value;
            }

            foreach (var (key, value) in configMap.Data ?? new Dictionary<string, string>())
            {
                data[key] = Encoding.UTF8.GetBytes(value);
            }

            return data;
        }
        catch (HttpOperationException exception) when (exception.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private sealed record CachedObject(Dictionary<string, byte[]>? Data, DateTimeOffset ExpiresAt);
}
