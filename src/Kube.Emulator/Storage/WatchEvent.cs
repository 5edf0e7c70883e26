namespace Kube.Emulator.Storage;

/// <summary>The type of a watch event, spelled as the wire protocol spells it.</summary>
internal enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
    Error,
}

/// <summary>
/// One committed write, or a bookmark. <see cref="Previous"/> is the state before a modification, so a watch with
/// a selector can turn an object leaving or entering the selection into DELETED or ADDED as the real server does.
/// </summary>
internal sealed record WatchEvent(long ResourceVersion, string StorageKey, WatchEventType Type, StoredObject? Object, StoredObject? Previous)
{
    /// <summary>Marks the end of the initial events of a watch that asked for <c>sendInitialEvents</c>.</summary>
    public bool InitialEventsEnd { get; init; }

    public static string WireName(WatchEventType type) => type switch
    {
        WatchEventType.Added => "ADDED",
        WatchEventType.Modified => "MODIFIED",
        WatchEventType.Deleted => "DELETED",
        WatchEventType.Bookmark => "BOOKMARK",
        _ => "ERROR",
    };
}
