using Btwc.Operator.Credentials;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Jitter;
using Btwc.Operator.Decisions.Restart;
using Btwc.Operator.Decisions.Scheduling;
using Btwc.Operator.Generators;
using Btwc.Operator.Kubernetes;
using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Runtime.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Reconcilers;

/// <summary>
/// Reconciles one ExternalSecret whose <c>dataFrom</c> entries reference BeyondTrust generators: decides
/// whether a refresh is due, mints exactly one credential per generator entry when it is, writes the target
/// Secret, and records the outcome in the status and in events. The decisions themselves live in
/// <c>Decisions/</c>; this type reads the objects, calls the decisions and writes the result.
/// </summary>
public sealed partial class ExternalSecretReconciler : IReconciler<ObjectKey>
{
    private readonly ExternalSecretApi _api;
    private readonly GeneratorResolver _resolver;
    private readonly BtwcDynamicSecretGenerator _generator;
    private readonly PendingCredentials _pending;
    private readonly IEventRecorder _events;
    private readonly TimeProvider _time;
    private readonly RefreshSchedule _schedule;
    private readonly RetryBackoff _backoff;
    private readonly RestartDecision _restart;
    private readonly OperatorMetrics _metrics;
    private readonly ReconcilerMemory _memory = new();
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="api">Reads and writes ExternalSecrets and Secrets.</param>
    /// <param name="resolver">Resolves generator references.</param>
    /// <param name="generator">Mints BeyondTrust credentials.</param>
    /// <param name="pending">Keeps minted credentials until their sync is recorded.</param>
    /// <param name="events">Records Kubernetes events.</param>
    /// <param name="time">The clock.</param>
    /// <param name="jitter">The random source for schedule and retry jitter.</param>
    /// <param name="metrics">The operator's metrics.</param>
    /// <param name="logger">The logger; never receives secret values.</param>
    public ExternalSecretReconciler(
        ExternalSecretApi api,
        GeneratorResolver resolver,
        BtwcDynamicSecretGenerator generator,
        PendingCredentials pending,
        IEventRecorder events,
        TimeProvider time,
        IJitterSource jitter,
        OperatorMetrics metrics,
        ILogger<ExternalSecretReconciler>? logger = null)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        _generator = generator ?? throw new ArgumentNullException(nameof(generator));
        _pending = pending ?? throw new ArgumentNullException(nameof(pending));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        ArgumentNullException.ThrowIfNull(jitter);
        _schedule = new RefreshSchedule(jitter);
        _backoff = new RetryBackoff(jitter);
        _restart = new RestartDecision(jitter);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task<ReconcileResult> ReconcileAsync(ObjectKey key, CancellationToken cancellationToken)
    {
        if (key.Namespace is null)
        {
            return ReconcileResult.Done();
        }

        var externalSecret = await _api.GetExternalSecretAsync(key.Namespace, key.Name, cancellationToken).ConfigureAwait(false);
        if (externalSecret is null)
        {
            _memory.Forget(key);

            return ReconcileResult.Done();
        }

        _metrics.SyncCalls.Add(1);
        if (externalSecret.Metadata.DeletionTimestamp is not null)
        {
            _pending.Clear(externalSecret.Metadata.Uid);

            return await FinalizeAsync(externalSecret, cancellationToken).ConfigureAwait(false);
        }

        return await SyncAsync(key, externalSecret, cancellationToken).ConfigureAwait(false);
    }
}
