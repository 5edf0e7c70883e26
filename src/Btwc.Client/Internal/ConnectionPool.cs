using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;

namespace Btwc.Client.Internal;

/// <summary>Keeps one <see cref="PooledConnection"/> per distinct (API URL, CA bundle) pair. Thread-safe.</summary>
internal sealed class ConnectionPool : IDisposable
{
    private readonly ConcurrentDictionary<(string ApiUrl, string CaKey), Lazy<PooledConnection>> _connections = new();
    private volatile bool _disposed;

    public int Count => _connections.Count;

    public PooledConnection Get(string normalizedApiUrl, X509Certificate2Collection? extraRoots)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var key = (normalizedApiUrl.ToLowerInvariant(), extraRoots is null ? string.Empty : CaBundle.Fingerprint(extraRoots));
        var entry = _connections.GetOrAdd(key, _ => new Lazy<PooledConnection>(() => new PooledConnection(extraRoots)));

        return entry.Value;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var entry in _connections.Values)
        {
            if (entry.IsValueCreated)
            {
                entry.Value.Dispose();
            }
        }

        _connections.Clear();
    }
}
