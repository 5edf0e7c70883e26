using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Runtime.Internal;

internal static partial class Log
{
    [LoggerMessage(3141, LogLevel.Information, "{Identity} started leading with Lease {Namespace}/{Name}")]
    public static partial void StartedLeading(ILogger logger, string identity, string @namespace, string name);

    [LoggerMessage(3142, LogLevel.Information, "{Identity} stopped leading with Lease {Namespace}/{Name}")]
    public static partial void StoppedLeading(ILogger logger, string identity, string @namespace, string name);

    [LoggerMessage(3143, LogLevel.Information, "The leader of Lease {Namespace}/{Name} is now {Leader}")]
    public static partial void NewLeader(ILogger logger, string leader, string @namespace, string name);

    [LoggerMessage(3144, LogLevel.Warning, "Leader election on Lease {Namespace}/{Name} failed: {Error}; retrying every {RetryPeriodMs} ms")]
    public static partial void ElectionFailed(ILogger logger, string @namespace, string name, string error, long retryPeriodMs);

    [LoggerMessage(3145, LogLevel.Information, "Released Lease {Namespace}/{Name} so a standby can take over")]
    public static partial void LeaseReleased(ILogger logger, string @namespace, string name);

    [LoggerMessage(3146, LogLevel.Warning, "Leader election on Lease {Namespace}/{Name} failed with an unexpected {ErrorType}: {Error}; retrying every {RetryPeriodMs} ms")]
    public static partial void ElectionFailedUnexpectedly(ILogger logger, Exception exception, string @namespace, string name, string errorType, string error, long retryPeriodMs);

    [LoggerMessage(3147, LogLevel.Debug, "Leader election on Lease {Namespace}/{Name} failed again ({FailedAttempts} failed attempts): {Error}")]
    public static partial void ElectionStillFailing(ILogger logger, string @namespace, string name, int failedAttempts, string error);

    [LoggerMessage(3148, LogLevel.Information, "Leader election reached Lease {Namespace}/{Name} again after {FailedAttempts} failed attempts")]
    public static partial void ElectionRecovered(ILogger logger, string @namespace, string name, int failedAttempts);

    [LoggerMessage(3149, LogLevel.Warning, "Could not release Lease {Namespace}/{Name} on stop: {Error}; a standby takes over when the lease expires")]
    public static partial void LeaseReleaseFailed(ILogger logger, string @namespace, string name, string error);
}
