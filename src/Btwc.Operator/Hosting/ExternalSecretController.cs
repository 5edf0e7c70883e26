using System.Diagnostics.Metrics;
using Btwc.Client;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using Btwc.Operator.Credentials;
using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Decisions.Jitter;
using Btwc.Operator.Generators;
using Btwc.Operator.Kubernetes;
using Btwc.Operator.Reconcilers;
using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Runtime.Events;
using Btwc.Operator.Runtime.Informers;
using Btwc.Operator.Runtime.Leadership;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Hosting;

/// <summary>
/// Builds the ExternalSecret controller: informers for ExternalSecrets, generators and managed Secrets, the
/// work queue, the reconciler and, when enabled, leader election. <see cref="Host"/> runs it all.
/// </summary>
public sealed class ExternalSecretController : IAsyncDisposable
{
    private readonly WorkQueue<ObjectKey> _queue;
    private readonly ExternalSecretIndex _index = new();
    private readonly BtwcClientFactory _clients;
    private readonly OperatorMetrics _metrics;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="kubernetes">The Kubernetes API client.</param>
    /// <param name="options">The operator settings; validated here.</param>
    /// <param name="time">The clock; tests pass a fake one.</param>
    /// <param name="loggerFactory">The logger factory, or null for no logs.</param>
    /// <param name="meterFactory">The meter factory, or null for private meters.</param>
    /// <param name="jitter">The random source for jitter, or null for a shared one.</param>
    public ExternalSecretController(
        IKubernetes kubernetes,
        OperatorOptions options,
        TimeProvider? time = null,
        ILoggerFactory? loggerFactory = null,
        IMeterFactory? meterFactory = null,
        IJitterSource? jitter = null)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        time ??= TimeProvider.System;
        loggerFactory ??= NullLoggerFactory.Instance;

        var informerOptions = new InformerOptions { Namespace = options.WatchNamespace };
        ExternalSecrets = new Informer<ExternalSecret>(KubernetesResources.Custom<ExternalSecret>(kubernetes), informerOptions, time, logger: loggerFactory.CreateLogger("Btwc.Operator.Informers.ExternalSecret"), meterFactory: meterFactory);
        Generators = new Informer<BeyondtrustWorkloadCredentialsDynamicSecret>(KubernetesResources.Custom<BeyondtrustWorkloadCredentialsDynamicSecret>(kubernetes), informerOptions, time, logger: loggerFactory.CreateLogger("Btwc.Operator.Informers.Generator"), meterFactory: meterFactory);
        ClusterGenerators = new Informer<ClusterGenerator>(KubernetesResources.Custom<ClusterGenerator>(kubernetes), new InformerOptions(), time, logger: loggerFactory.CreateLogger("Btwc.Operator.Informers.ClusterGenerator"), meterFactory: meterFactory);
        ManagedSecrets = new Informer<V1Secret>(
            KubernetesResources.Secrets(kubernetes),
            new InformerOptions { Namespace = options.WatchNamespace, LabelSelector = EsoMetadata.ManagedLabel + "=" + EsoMetadata.ManagedLabelValue },
            time,
            logger: loggerFactory.CreateLogger("Btwc.Operator.Informers.Secret"),
            meterFactory: meterFactory);

        _queue = new WorkQueue<ObjectKey>(new WorkQueueOptions { Name = "externalsecret" }, time, meterFactory: meterFactory);
        _clients = new BtwcClientFactory(loggerFactory, meterFactory, time);
        _metrics = new OperatorMetrics(meterFactory);
        _metrics.ObserveFreshness(() => FleetFreshness.Summarize(ExternalSecrets.List(), time.GetUtcNow()));
        Pending = new PendingCredentials();
        Caches = new ReadCaches(ExternalSecrets, ManagedSecrets);
        var reader = new KubeCredentialReader(kubernetes, time, options.CredentialCacheDuration);
        Reconciler = new ExternalSecretReconciler(
            new ExternalSecretApi(kubernetes, Caches),
            new GeneratorResolver(new KubeGeneratorLookup(kubernetes, Generators, ClusterGenerators)),
            new BtwcDynamicSecretGenerator(_clients, reader, time),
            Pending,
            new EventRecorder(kubernetes, timeProvider: time, logger: loggerFactory.CreateLogger("Btwc.Operator.Events")),
            time,
            jitter ?? JitterSource.Shared,
            _metrics,
            loggerFactory.CreateLogger<ExternalSecretReconciler>());

        Leadership = options.LeaderElection ? new LeaderElection(kubernetes, options.Lease, loggerFactory.CreateLogger("Btwc.Operator.LeaderElection")) : null;
        RegisterHandlers();
        StartupPass = new StartupPass(
            Reconciler,
            () => [.. ExternalSecrets.List().Select(ObjectKey.From)],
            time,
            loggerFactory.CreateLogger("Btwc.Operator.Controller"));
        Host = new ControllerHost<ObjectKey>(
            new ControllerOptions { Name = "externalsecret", Workers = options.Workers },
            _queue,
            StartupPass,
            [ExternalSecrets, Generators, ClusterGenerators, ManagedSecrets],
            Leadership,
            time,
            loggerFactory.CreateLogger("Btwc.Operator.Controller"),
            meterFactory);
    }

    /// <summary>Gets the hosted service that runs the informers, leader election and workers.</summary>
    public ControllerHost<ObjectKey> Host { get; }

    /// <summary>Gets the reconciler.</summary>
    public ExternalSecretReconciler Reconciler { get; }

    /// <summary>Gets the first pass over the ExternalSecrets present at start.</summary>
    public StartupPass StartupPass { get; }

    /// <summary>Gets the credentials minted but not yet recorded.</summary>
    public PendingCredentials Pending { get; }

    /// <summary>Gets the informer caches the reconciler reads from.</summary>
    public ReadCaches Caches { get; }

    /// <summary>Gets the leader election, or null when it is off.</summary>
    public LeaderElection? Leadership { get; }

    /// <summary>Gets the ExternalSecret informer.</summary>
    public Informer<ExternalSecret> ExternalSecrets { get; }

    /// <summary>Gets the generator informer.</summary>
    public Informer<BeyondtrustWorkloadCredentialsDynamicSecret> Generators { get; }

    /// <summary>Gets the ClusterGenerator informer.</summary>
    public Informer<ClusterGenerator> ClusterGenerators { get; }

    /// <summary>Gets the informer of Secrets labelled as managed by an ExternalSecret; unrelated Secrets are not cached.</summary>
    public Informer<V1Secret> ManagedSecrets { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await ExternalSecrets.DisposeAsync().ConfigureAwait(false);
        await Generators.DisposeAsync().ConfigureAwait(false);
        await ClusterGenerators.DisposeAsync().ConfigureAwait(false);
        await ManagedSecrets.DisposeAsync().ConfigureAwait(false);
        _queue.Dispose();
        _clients.Dispose();
        _metrics.Dispose();
    }

    private void RegisterHandlers()
    {
        ExternalSecrets.AddHandler(OnExternalSecret);
        ManagedSecrets.AddHandler(OnManagedSecret);
        Generators.AddHandler(change =>
        {
            if (IsSpecChange(change.Type, change.Object.Metadata, change.OldObject?.Metadata))
            {
                EnqueueAll(_index.ForGenerator(change.Object.Metadata.NamespaceProperty, change.Object.Metadata.Name));
            }
        });
        ClusterGenerators.AddHandler(change =>
        {
            if (IsSpecChange(change.Type, change.Object.Metadata, change.OldObject?.Metadata))
            {
                EnqueueAll(_index.ForClusterGenerator(change.Object.Metadata.Name));
            }
        });
    }

    /// <summary>
    /// Queues an ExternalSecret on create and delete, and on updates that change its spec, labels, annotations,
    /// finalizers or deletion time, as ESO does; status-only updates (including the operator's own) are ignored.
    /// Never-synced objects go ahead of routine refreshes.
    /// </summary>
    private void OnExternalSecret(InformerEvent<ExternalSecret> change)
    {
        var key = ObjectKey.From(change.Object);
        if (change.Type == InformerEventType.Deleted)
        {
            _index.Remove(key);
            _queue.Add(key);

            return;
        }

        _index.Update(change.Object);
        var metadata = change.Object.Metadata;
        var old = change.OldObject?.Metadata;
        var changed = change.Type == InformerEventType.Added
            || old is null
            || metadata.Generation != old.Generation
            || !SameMap(metadata.Labels, old.Labels)
            || !SameMap(metadata.Annotations, old.Annotations)
            || !(metadata.Finalizers ?? []).SequenceEqual(old.Finalizers ?? [])
            || metadata.DeletionTimestamp != old.DeletionTimestamp;
        if (!changed)
        {
            return;
        }

        var neverSynced = string.IsNullOrEmpty(change.Object.Status?.SyncedResourceVersion);
        _queue.Add(key, neverSynced ? WorkPriority.NeverSynced : WorkPriority.Routine);
    }

    /// <summary>
    /// Queues the ExternalSecrets of a managed Secret that was deleted, or whose data no longer matches its
    /// data-hash annotation (a hand edit). The operator's own writes keep the hash in step, so they queue nothing.
    /// </summary>
    private void OnManagedSecret(InformerEvent<V1Secret> change)
    {
        var secret = change.Object;
        string? storedHash = null;
        secret.Metadata.Annotations?.TryGetValue(EsoMetadata.DataHashAnnotation, out storedHash);
        var drifted = change.Type == InformerEventType.Deleted || storedHash != EsoHash.DataHash(secret.Data);
        if (!drifted)
        {
            return;
        }

        EnqueueAll(_index.ForTargetSecret(secret.Metadata.NamespaceProperty, secret.Metadata.Name));
    }

    private void EnqueueAll(IReadOnlyList<ObjectKey> keys)
    {
        foreach (var key in keys)
        {
            _queue.Add(key);
        }
    }

    private static bool IsSpecChange(InformerEventType type, V1ObjectMeta current, V1ObjectMeta? old) =>
        type != InformerEventType.Updated || old is null || current.Generation != old.Generation;

    private static bool SameMap(IDictionary<string, string>? first, IDictionary<string, string>? second)
    {
        var left = first ?? new Dictionary<string, string>();
        var right = second ?? new Dictionary<string, string>();

        return left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out var value) && value == pair.Value);
    }
}
