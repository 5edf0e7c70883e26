using System.Collections.Concurrent;
using Btwc.Operator.Runtime;

namespace Btwc.Operator.Kubernetes.Internal;

/// <summary>
/// The resourceVersions this process wrote and its informer has not delivered yet. While an object has one, its
/// cached copy may predate the write, so reads of it go to the API server.
/// </summary>
internal sealed class WriteExpectations
{
    /// <summary>Stands for a write whose resulting version is unknown (a delete or a conflict): only a live read clears it.</summary>
    public const string Unknown = "";

    private readonly ConcurrentDictionary<ObjectKey, string> _expected = new();
    private readonly Func<ObjectKey, string?> _cachedVersion;

    /// <param name="cachedVersion">Returns the resourceVersion the informer cache holds for a key, or null.</param>
    public WriteExpectations(Func<ObjectKey, string?> cachedVersion)
    {
        _cachedVersion = cachedVersion;
    }

    public int Count => _expected.Count;

    /// <summary>
    /// Records a write of <paramref name="key"/> that produced <paramref name="resourceVersion"/>. The watch may
    /// deliver the write before the response arrives, so a cache that already contains that version clears it.
    /// </summary>
    public void Wrote(ObjectKey key, string? resourceVersion)
    {
        var expected = resourceVersion ?? Unknown;
        _expected[key] = expected;
        if (expected != Unknown && _cachedVersion(key) == expected)
        {
            _expected.TryRemove(new KeyValuePair<ObjectKey, string>(key, expected));
        }
    }

    /// <summary>Clears the expectation once the informer delivers the version that was written.</summary>
    public void Observed(ObjectKey key, string? resourceVersion)
    {
        if (!string.IsNullOrEmpty(resourceVersion))
        {
            _expected.TryRemove(new KeyValuePair<ObjectKey, string>(key, resourceVersion));
        }
    }

    /// <summary>Clears the expectation after a live read, which is at least as new as any write made before it.</summary>
    public void Forget(ObjectKey key) => _expected.TryRemove(key, out _);

    public bool IsPending(ObjectKey key) => _expected.ContainsKey(key);
}
