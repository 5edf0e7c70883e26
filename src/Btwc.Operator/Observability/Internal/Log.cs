using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Observability.Internal;

/// <summary>The log messages of the metrics and health probe endpoints. Event ids 3201-3219 belong to them.</summary>
internal static partial class Log
{
    [LoggerMessage(3201, LogLevel.Information, "Serving {Endpoint} on {Url}")]
    public static partial void Serving(ILogger logger, string endpoint, Uri url);

    [LoggerMessage(3202, LogLevel.Information, "Stopped serving {Endpoint} on {Url}")]
    public static partial void Stopped(ILogger logger, string endpoint, Uri url);

    [LoggerMessage(3203, LogLevel.Debug, "Readiness probe returned 503: {Reason}")]
    public static partial void NotReady(ILogger logger, string reason);
}
