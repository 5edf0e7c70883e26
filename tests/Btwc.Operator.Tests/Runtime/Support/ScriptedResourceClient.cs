using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Btwc.Operator.Runtime.Informers;
using k8s;
using k8s.Models;

namespace Btwc.Operator.Tests.Runtime.Support;

/// <summary>
/// An <see cref="IResourceClient{T}"/> driven by the test: lists return what the test set, and each watch
/// reads events the test pushes, the way KubernetesClient 21 delivers them (ERROR events go to onError).
/// </summary>
internal sealed class ScriptedResourceClient<T> : IResourceClient<T>
    where T : IKubernetesObject<V1ObjectMeta>
{
    private readonly ConcurrentQueue<Func<ResourceList<T>>> _lists = new();
    private volatile ScriptedWatch? _current;

    public string Kind => typeof(T).Name;

    public List<string> WatchedFrom { get; } = [];

    public int ListCalls;

    public int WatchCalls;

    public ResourceList<T>? DefaultList { get; set; }

    public ScriptedWatch? CurrentWatch => _current;

    public void EnqueueList(params T[] items) => EnqueueList($"{Interlocked.Increment(ref _listVersion) * 100}", items);

    public void EnqueueList(string resourceVersion, params T[] items) => _lists.Enqueue(() => new ResourceList<T>(items, resourceVersion));

    public void EnqueueListFailure(Exception error) => _lists.Enqueue(() => throw error);

    private int _listVersion;

    public Task<ResourceList<T>> ListAsync(string? namespaceName, string? labelSelector, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref ListCalls);
        if (_lists.TryDequeue(out var next))
        {
            return Task.FromResult(next());
        }

        return Task.FromResult(DefaultList ?? new ResourceList<T>([], "1"));
    }

    public async IAsyncEnumerable<(WatchEventType Type, T Object)> WatchAsync(
        string? namespaceName,
        string? labelSelector,
        string resourceVersion,
        TimeSpan timeout,
        Action<Exception> onError,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        lock (WatchedFrom)
        {
            WatchedFrom.Add(resourceVersion);
        }

        var watch = new ScriptedWatch(onError);
        _current = watch;
        Interlocked.Increment(ref WatchCalls);
        await foreach (var item in watch.Events.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>One open watch: the test pushes events, errors, a close or a drop.</summary>
    internal sealed class ScriptedWatch(Action<Exception> onError)
    {
        public Channel<(WatchEventType, T)> Events { get; } = Channel.CreateUnbounded<(WatchEventType, T)>();

        public void Push(WatchEventType type, T obj) => Events.Writer.TryWrite((type, obj));

        public void ReportError(Exception error) => onError(error);

        public void Close() => Events.Writer.TryComplete();

        public void Drop(Exception error) => Events.Writer.TryComplete(error);
    }
}
