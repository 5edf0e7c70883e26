using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Runtime.Internal;

internal static partial class Log
{
    [LoggerMessage(3161, LogLevel.Warning, "Recording event {Reason} on {Kind} {Namespace}/{Name} failed; the event is dropped")]
    public static partial void EventWriteFailed(ILogger logger, Exception exception, string reason, string? kind, string? @namespace, string? name);

    [LoggerMessage(3162, LogLevel.Debug, "Skipped event {Reason} on {Kind} {Namespace}/{Name}: the object's event rate limit is reached")]
    public static partial void EventRateLimited(ILogger logger, string reason, string? kind, string? @namespace, string? name);
}
