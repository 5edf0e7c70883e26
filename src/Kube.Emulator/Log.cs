using Microsoft.Extensions.Logging;

namespace Kube.Emulator;

/// <summary>The emulator's log messages, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Request {Method} {Path} failed inside the emulator")]
    public static partial void RequestFailed(ILogger logger, Exception error, string method, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Request {Method} {Path} rejected with {StatusCode} {Reason}")]
    public static partial void RequestRejected(ILogger logger, string method, string path, int statusCode, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Kubernetes emulator listening on {BaseUrl}")]
    public static partial void Started(ILogger logger, Uri baseUrl);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Kubernetes emulator on {BaseUrl} stopped")]
    public static partial void Stopped(ILogger logger, Uri baseUrl);
}
