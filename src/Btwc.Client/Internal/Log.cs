using Microsoft.Extensions.Logging;

namespace Btwc.Client.Internal;

/// <summary>The client's log messages. They carry operation, path, status and timing, never a token or a value.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "CallSucceeded", Level = LogLevel.Debug,
        Message = "BTWC {Operation} {Path} succeeded with HTTP {StatusCode} in {DurationMs} ms after {Attempts} attempt(s)")]
    public static partial void CallSucceeded(ILogger logger, string operation, string path, int? statusCode, long durationMs, int attempts);

    [LoggerMessage(EventId = 2, EventName = "CallFailed", Level = LogLevel.Debug,
        Message = "BTWC {Operation} {Path} failed ({Outcome}, HTTP {StatusCode}) in {DurationMs} ms after {Attempts} attempt(s)")]
    public static partial void CallFailed(ILogger logger, string operation, string path, string outcome, int? statusCode, long durationMs, int attempts);

    [LoggerMessage(EventId = 3, EventName = "RetryScheduled", Level = LogLevel.Warning,
        Message = "BTWC {Operation} {Path} attempt {Attempt} failed ({Outcome}, HTTP {StatusCode}); retrying in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string operation, string path, int attempt, string outcome, int? statusCode, long delayMs);

    [LoggerMessage(EventId = 4, EventName = "ExpirationNotParsed", Level = LogLevel.Warning,
        Message = "BTWC generate {Path} returned an expiration that is not an RFC 3339 timestamp; Expiration is left empty")]
    public static partial void ExpirationNotParsed(ILogger logger, string path);
}
