using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Reconcilers;

/// <summary>The reconciler's log messages. None of them carries a token or credential value.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "ExternalSecret {Namespace}/{Name} is not due; next check at {NextCheckAt}")]
    public static partial void NotDue(ILogger logger, string @namespace, string name, DateTimeOffset? nextCheckAt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Syncing ExternalSecret {Namespace}/{Name} because of {Reason}")]
    public static partial void Syncing(ILogger logger, string @namespace, string name, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Minted a credential for ExternalSecret {Namespace}/{Name} dataFrom[{Index}]: lease {LeaseId}, expires {Expiration}")]
    public static partial void Minted(ILogger logger, string @namespace, string name, int index, string? leaseId, DateTimeOffset? expiration);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Writing the credential minted earlier for ExternalSecret {Namespace}/{Name} dataFrom[{Index}] (lease {LeaseId}) instead of minting another")]
    public static partial void ReusingCredential(ILogger logger, string @namespace, string name, int index, string? leaseId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Sync of ExternalSecret {Namespace}/{Name} failed ({Reason}); retrying in {DelayMs} ms: {Error}")]
    public static partial void SyncFailed(ILogger logger, string @namespace, string name, string reason, long delayMs, string error);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug, Message = "Write for ExternalSecret {Namespace}/{Name} hit a conflict; retrying with fresh objects")]
    public static partial void WriteConflict(ILogger logger, string @namespace, string name);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Synced ExternalSecret {Namespace}/{Name}: {Reason}; lease {LeaseId} (new: {NewCredential}) expires {Expiration}; next refresh at {NextRefreshAt}")]
    public static partial void Synced(ILogger logger, string @namespace, string name, string reason, string? leaseId, bool newCredential, DateTimeOffset? expiration, DateTimeOffset? nextRefreshAt);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Could not record the status of ExternalSecret {Namespace}/{Name}; the minted credential is kept for the retry: {Error}")]
    public static partial void StatusWriteFailed(ILogger logger, string @namespace, string name, string error);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Recorded in the status of ExternalSecret {Namespace}/{Name} the credential that Secret {Target} already contains (lease {LeaseId}), because its status write was lost; next refresh at {NextRefreshAt}")]
    public static partial void RecordedFromTarget(ILogger logger, string @namespace, string name, string target, string? leaseId, DateTimeOffset? nextRefreshAt);
}
