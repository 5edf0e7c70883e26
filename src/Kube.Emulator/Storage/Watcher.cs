using System.Threading.Channels;

namespace Kube.Emulator.Storage;

/// <summary>
/// One open watch: a filter and an event queue. The store writes events while holding its lock, so every
/// watcher receives events in resourceVersion order. A watcher whose queue grows past its limit is closed, the way
/// the real server drops a watcher that cannot keep up; the client then watches again.
/// </summary>
internal sealed class Watcher
{
    private readonly Channel<WatchEvent> _queue = Channel.CreateUnbounded<WatchEvent>();
    private readonly int _limit;

    public Watcher(string storageKey, Func<StoredObject, bool> matches, int limit)
    {
        StorageKey = storageKey;
        Matches = matches;
        _limit = limit;
    }

    public string StorageKey { get; }

    public Func<StoredObject, bool> Matches { get; }

    public ChannelReader<WatchEvent> Reader => _queue.Reader;

    public bool IsClosed { get; private set; }

    /// <summary>Queues an initial ADDED event, which the queue limit does not count against.</summary>
    public void OfferInitial(WatchEvent watchEvent) => _queue.Writer.TryWrite(watchEvent);

    /// <summary>Queues the event as it appears through this watcher's selection, or nothing when it is outside it.</summary>
    public void Offer(WatchEvent watchEvent)
    {
        if (IsClosed)
        {
            return;
        }

        WatchEvent? visible = Translate(watchEvent);
        if (visible is null)
        {
            return;
        }

        if (_queue.Reader.Count >= _limit || !_queue.Writer.TryWrite(visible))
        {
            Close();
        }
    }

    /// <summary>Queues a bookmark at the given resourceVersion.</summary>
    public void OfferBookmark(long resourceVersion, bool initialEventsEnd = false)
    {
        if (!IsClosed)
        {
            _queue.Writer.TryWrite(new WatchEvent(resourceVersion, StorageKey, WatchEventType.Bookmark, null, null) { InitialEventsEnd = initialEventsEnd });
        }
    }

    public void Close()
    {
        IsClosed = true;
        _queue.Writer.TryComplete();
    }

    private WatchEvent? Translate(WatchEvent watchEvent)
    {
        StoredObject current = watchEvent.Object!;
        bool matchesNow = Matches(current);
        bool matchedBefore = watchEvent.Previous is { } previous && Matches(previous);

        return watchEvent.Type switch
        {
            WatchEventType.Added => matchesNow ? watchEvent : null,
            WatchEventType.Deleted => matchesNow || matchedBefore ? watchEvent : null,
            _ when matchesNow && matchedBefore => watchEvent,
            _ when matchesNow => watchEvent with { Type = WatchEventType.Added },
            _ when matchedBefore => watchEvent with { Type = WatchEventType.Deleted },
            _ => null,
        };
    }
}
