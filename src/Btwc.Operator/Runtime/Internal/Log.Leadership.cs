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

    [LoggerMessage(3144, LogLevel.Warning, "Leader election on Lease {Namespace}/{Name} failed and will retry")]
    public static partial void ElectionError(ILogger logger, Exception exception, string @namespace, string name);

    [LoggerMessage(3145, LogLevel.Information, "Released Lease {Namespace}/{Name} so a standby can take over")]
    public static partial void LeaseReleased(ILogger logger, string @namespace, string name);
}
