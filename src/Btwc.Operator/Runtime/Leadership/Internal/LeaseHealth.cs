using System.Net.Sockets;
using Btwc.Operator.Runtime.Internal;
using k8s.Autorest;
using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Runtime.Leadership.Internal;

/// <summary>
/// Tracks whether the last call on the Lease reached the API server, and logs failures without flooding: one
/// Warning line on the first failure and whenever the error message changes, Debug for repeats, and an
/// Information line on recovery. Only unexpected exception types are logged with their stack trace.
/// </summary>
internal sealed class LeaseHealth(ILogger logger, LeaderElectionOptions options)
{
    private readonly Lock _lock = new();
    private bool _reachable;
    private string? _lastError;
    private Exception? _lastException;
    private int _failedAttempts;

    /// <summary>Gets whether the last call on the Lease got a response from the API server.</summary>
    public bool IsReachable
    {
        get
        {
            lock (_lock)
            {
                return _reachable;
            }
        }
    }

    /// <summary>Gets the message of the last failed call, or null when the last call succeeded or none was made.</summary>
    public string? LastError
    {
        get
        {
            lock (_lock)
            {
                return _lastError;
            }
        }
    }

    /// <summary>Records a call that got a response from the API server, logging the recovery after failures.</summary>
    public void Succeeded()
    {
        int failedAttempts;
        lock (_lock)
        {
            failedAttempts = _failedAttempts;
            _reachable = true;
            _lastError = null;
            _lastException = null;
            _failedAttempts = 0;
        }

        if (failedAttempts > 0)
        {
            Log.ElectionRecovered(logger, options.LeaseNamespace, options.LeaseName, failedAttempts);
        }
    }

    /// <summary>
    /// Records a failed call. The same exception reported twice, once by the Lease wrapper and again by the
    /// elector, counts once.
    /// </summary>
    public void Failed(Exception exception)
    {
        var error = Unwrap(exception);
        var message = error.Message;
        bool changed;
        int failedAttempts;
        lock (_lock)
        {
            if (ReferenceEquals(error, _lastException))
            {
                return;
            }

            changed = _failedAttempts == 0 || message != _lastError;
            _reachable = false;
            _lastError = message;
            _lastException = error;
            _failedAttempts++;
            failedAttempts = _failedAttempts;
        }

        var retryPeriodMs = (long)options.RetryPeriod.TotalMilliseconds;
        if (!changed)
        {
            Log.ElectionStillFailing(logger, options.LeaseNamespace, options.LeaseName, failedAttempts, message);
        }
        else if (IsExpected(error))
        {
            Log.ElectionFailed(logger, options.LeaseNamespace, options.LeaseName, message, retryPeriodMs);
        }
        else
        {
            Log.ElectionFailedUnexpectedly(logger, error, options.LeaseNamespace, options.LeaseName, error.GetType().Name, message, retryPeriodMs);
        }
    }

    /// <summary>Returns whether the error is the API server or the network failing, which a stack trace does not explain.</summary>
    public static bool IsExpected(Exception exception) =>
        exception is HttpRequestException or HttpOperationException or IOException or SocketException or TimeoutException or OperationCanceledException;

    /// <summary>Returns the single inner exception of an <see cref="AggregateException"/>, which the elector raises for a timed-out attempt.</summary>
    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
