using Microsoft.Extensions.Logging;

namespace Btwc.Operator.Runtime.Internal;

internal static partial class Log
{
    [LoggerMessage(3121, LogLevel.Warning, "Controller {Controller} failed to reconcile {Key}: {Error}; retrying in {DelayMs} ms (failure {Failures})")]
    public static partial void ReconcileFailed(ILogger logger, string controller, string? key, string? error, long delayMs, int failures);

    [LoggerMessage(3122, LogLevel.Warning, "Controller {Controller} was rate limited on {Key} (partition {Partition}): {Error}; retrying in {DelayMs} ms")]
    public static partial void ReconcileRateLimited(ILogger logger, string controller, string? key, string? partition, string? error, long delayMs);

    [LoggerMessage(3123, LogLevel.Error, "Controller {Controller} failed to reconcile {Key} and will not retry until it changes or in {RequeueAfterMs} ms: {Error}")]
    public static partial void ReconcileFailedPermanently(ILogger logger, string controller, string? key, string? error, long? requeueAfterMs);

    [LoggerMessage(3124, LogLevel.Error, "Controller {Controller} reconciler threw on {Key}; retrying in {DelayMs} ms (failure {Failures})")]
    public static partial void ReconcileThrew(ILogger logger, Exception exception, string controller, string? key, long delayMs, int failures);

    [LoggerMessage(3125, LogLevel.Debug, "Controller {Controller} reconciled {Key} in {DurationMs} ms; next pass in {RequeueAfterMs} ms")]
    public static partial void Reconciled(ILogger logger, string controller, string? key, long durationMs, long? requeueAfterMs);

    [LoggerMessage(3126, LogLevel.Information, "Controller {Controller} is waiting for {InformerCount} informers to sync")]
    public static partial void WaitingForSync(ILogger logger, string controller, int informerCount);

    [LoggerMessage(3127, LogLevel.Information, "Controller {Controller} is starting {Workers} workers")]
    public static partial void WorkersStarting(ILogger logger, string controller, int workers);

    [LoggerMessage(3128, LogLevel.Information, "Controller {Controller} workers stopped")]
    public static partial void WorkersStopped(ILogger logger, string controller);

    [LoggerMessage(3129, LogLevel.Information, "Controller {Controller} is waiting for leadership")]
    public static partial void WaitingForLeadership(ILogger logger, string controller);

    [LoggerMessage(3130, LogLevel.Information, "Controller {Controller} stopped")]
    public static partial void ControllerStopped(ILogger logger, string controller);
}
