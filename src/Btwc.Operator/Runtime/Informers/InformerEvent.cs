namespace Btwc.Operator.Runtime.Informers;

/// <summary>What happened to a cached object.</summary>
public enum InformerEventType
{
    /// <summary>The object appeared in the cache.</summary>
    Added,

    /// <summary>The object changed: its resource version differs from the cached one.</summary>
    Updated,

    /// <summary>The object left the cache: it was deleted, or no longer matches the label selector.</summary>
    Deleted,
}

/// <summary>A change to an informer's cache, delivered to its handlers after the cache has been updated.</summary>
/// <typeparam name="T">The object type.</typeparam>
/// <param name="Type">What happened.</param>
/// <param name="Object">The object as it is now, or its last known state for <see cref="InformerEventType.Deleted"/>.</param>
/// <param name="OldObject">The cached object before an update; null otherwise.</param>
/// <param name="FromRelist">
/// Whether a relist produced the event rather than a watch event, for example a delete for an object that
/// vanished while the watch was disconnected.
/// </param>
public sealed record InformerEvent<T>(InformerEventType Type, T Object, T? OldObject, bool FromRelist)
    where T : class;
