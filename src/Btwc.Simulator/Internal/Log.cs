using Microsoft.Extensions.Logging;

namespace Btwc.Simulator.Internal;

/// <summary>The simulator's log messages. None carries a token or credential value.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Simulator listening on {ApiUrl}")]
    public static partial void Started(ILogger logger, Uri apiUrl);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Route} site {SiteId} path '{SecretPath}' answered {StatusCode}")]
    public static partial void RequestHandled(ILogger logger, SimulatorRoute route, string siteId, string secretPath, int statusCode);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Injected fault {FaultKind} (status {StatusCode}) on {Route}")]
    public static partial void FaultInjected(ILogger logger, SimulatorRoute route, FaultKind faultKind, int statusCode);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Admin request {Method} {AdminPath} rejected: invalid admin token")]
    public static partial void AdminRejected(ILogger logger, string method, string adminPath);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Admin request {Method} {AdminPath} failed with {StatusCode}: {Reason}")]
    public static partial void AdminRequestFailed(ILogger logger, string method, string adminPath, int statusCode, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Simulator stopped")]
    public static partial void Stopped(ILogger logger);
}
