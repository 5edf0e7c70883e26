using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Reconcilers;

/// <summary>The reconciler's log messages. None of them carries a token or credential value.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "ExternalSecret {Namespace}/{Name} is not due; next check at {NextCheckAt}")]
    public static partial void NotDue(ILogger logger, string @namespace, string name, string nextCheckAt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Syncing ExternalSecret {Namespace}/{Name} because of {Reason}")]
    public static partial void Syncing(ILogger logger, string @namespace, string name, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Minted a credential for ExternalSecret {Namespace}/{Name} dataFrom[{Index}]: lease {LeaseId}, expires {Expiration}")]
    public static partial void Minted(ILogger logger, string @namespace, string name, int index, string? leaseId, string expiration);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Writing the credential minted earlier for ExternalSecret {Namespace}/{Name} dataFrom[{Index}] (lease {LeaseId}) instead of minting another")]
    public static partial void ReusingCredential(ILogger logger, string @namespace, string name, int index, string? leaseId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Sync of ExternalSecret {Namespace}/{Name} failed ({Reason}); retrying in {Delay}: {Error}")]
    public static partial void SyncFailed(ILogger logger, string @namespace, string name, string reason, string delay, string error);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug, Message = "Write for ExternalSecret {Namespace}/{Name} hit a conflict; retrying with fresh objects")]
    public static partial void WriteConflict(ILogger logger, string @namespace, string name);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Synced ExternalSecret {Namespace}/{Name}: {Reason}; {LeaseState} lease {LeaseId} expires {Expiration}; next refresh at {NextRefreshAt}")]
    public static partial void Synced(ILogger logger, string @namespace, string name, string reason, string leaseState, string? leaseId, string expiration, string nextRefreshAt);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Could not record the status of ExternalSecret {Namespace}/{Name}; the minted credential is kept for the retry: {Error}")]
    public static partial void StatusWriteFailed(ILogger logger, string @namespace, string name, string error);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Recorded in the status of ExternalSecret {Namespace}/{Name} the credential that Secret {Target} already contains (lease {LeaseId}), because its status write was lost; next refresh at {NextRefreshAt}")]
    public static partial void RecordedFromTarget(ILogger logger, string @namespace, string name, string target, string? leaseId, string nextRefreshAt);

    /// <summary>Formats a time for a log line as RFC 3339 in UTC, whatever the process culture, or "none".</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } value ? Decisions.Durations.Rfc3339Time.Format(value) : "none";

    /// <summary>Formats a delay for a log line as a Go duration such as "2m30s", rounded to whole seconds from one second up.</summary>
    public static string Delay(TimeSpan delay) =>
        Decisions.Durations.GoDuration.Format(delay >= TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(Math.Round(delay.TotalSeconds)) : delay);
}
