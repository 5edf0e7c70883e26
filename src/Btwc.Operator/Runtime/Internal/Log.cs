using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Runtime.Internal;

/// <summary>
/// The runtime's log messages, split by component into partial files. Event ids 3100-3199 belong to the runtime:
/// 3101-3119 informers, 3121-3139 controllers, 3141-3159 leader election, 3161-3179 events.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(3101, LogLevel.Information, "Listed {Count} {Kind} objects at resourceVersion {ResourceVersion}")]
    public static partial void Listed(ILogger logger, int count, string kind, string resourceVersion);

    [LoggerMessage(3102, LogLevel.Debug, "Watch event {EventType} for {Kind} {Namespace}/{Name} at resourceVersion {ResourceVersion}")]
    public static partial void WatchEvent(ILogger logger, string eventType, string kind, string? @namespace, string? name, string? resourceVersion);

    [LoggerMessage(3103, LogLevel.Information, "The {Kind} watch from resourceVersion {ResourceVersion} expired (410 Gone); listing again")]
    public static partial void WatchExpired(ILogger logger, string kind, string resourceVersion);

    [LoggerMessage(3104, LogLevel.Warning, "The {Kind} list or watch failed; reconnecting in {DelayMs} ms (attempt {Attempt})")]
    public static partial void WatchRetry(ILogger logger, Exception exception, string kind, long delayMs, int attempt);

    [LoggerMessage(3105, LogLevel.Warning, "The {Kind} watch reported an error and continues")]
    public static partial void WatchError(ILogger logger, Exception exception, string kind);

    [LoggerMessage(3106, LogLevel.Error, "An event handler of the {Kind} informer failed on {Namespace}/{Name}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string kind, string? @namespace, string? name);

    [LoggerMessage(3107, LogLevel.Debug, "The {Kind} watch closed after {EventCount} events; watching again from resourceVersion {ResourceVersion}")]
    public static partial void WatchClosed(ILogger logger, string kind, int eventCount, string resourceVersion);

    [LoggerMessage(3108, LogLevel.Information, "The {Kind} informer stopped")]
    public static partial void InformerStopped(ILogger logger, string kind);
}
