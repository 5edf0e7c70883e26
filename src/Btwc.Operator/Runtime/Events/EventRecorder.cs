using System.Globalization;
using System.Net;
using System.Text.Json;
using Btwc.Operator.Runtime.Events.Internal;
using Btwc.Operator.Runtime.Internal;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Btwc.Operator.Runtime.Events;

/// <summary>
/// Writes core v1 Events. An event identical to one recorded within <see cref="EventRecorderOptions.AggregationWindow"/>
/// raises that Event's <c>count</c> and <c>lastTimestamp</c> with a patch instead of creating another Event,
/// and each object may record at most <see cref="EventRecorderOptions.PerObjectBurst"/> events in a burst.
/// </summary>
/// <remarks>
/// The recorder stores messages as given, so callers pass only names, paths, lease ids and times, never a secret
/// value. Cluster-scoped objects get their Events in the <c>default</c> namespace, as kubectl and client-go do.
/// </remarks>
public sealed partial class EventRecorder : IEventRecorder
{
    /// <summary>The maximum message length stored; longer messages are cut, as the API server limits Event size.</summary>
    public const int MaxMessageLength = 1024;

    private const string ClusterScopedEventNamespace = "default";
    private const int StripeCount = 64;

    private readonly IKubernetes _client;
    private readonly EventRecorderOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly EventCache _cache;
    private long _nameCounter;
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Creates a recorder.</summary>
    /// <param name="client">The Kubernetes client.</param>
    /// <param name="options">The settings; null uses the defaults.</param>
    /// <param name="timeProvider">The clock for timestamps, aggregation and rate limits; null uses the system clock.</param>
    /// <param name="logger">The logger; null logs nothing.</param>
    public EventRecorder(IKubernetes client, EventRecorderOptions? options = null, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? new EventRecorderOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _cache = new EventCache(_options);
    }

    /// <inheritdoc />
    public async Task<bool> RecordAsync(IKubernetesObject<V1ObjectMeta> involvedObject, string type, string reason, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(involvedObject);
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        message ??= "";
        if (message.Length > MaxMessageLength)
        {
            message = message[..MaxMessageLength];
        }

        var reference = ObjectReferences.For(involvedObject);
        var objectKey = $"{reference.Uid}|{reference.NamespaceProperty}|{reference.Name}";
        var now = _timeProvider.GetUtcNow();
        if (!_cache.TryTakeToken(objectKey, now))
        {
            Log.EventRateLimited(_logger, reason, reference.Kind, reference.NamespaceProperty, reference.Name);

            return false;
        }

        var aggregationKey = $"{objectKey}|{reference.Kind}|{type}|{reason}|{message}";
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(aggregationKey) % StripeCount)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await WriteAsync(reference, aggregationKey, type, reason, message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stripe.Release();
        }
    }

    private async Task<bool> WriteAsync(V1ObjectReference reference, string aggregationKey, string type, string reason, string message, CancellationToken cancellationToken)
    {
        var eventNamespace = reference.NamespaceProperty ?? ClusterScopedEventNamespace;
        var now = _timeProvider.GetUtcNow();
        try
        {
            if (_cache.TryGetRecent(aggregationKey, now, out var recent))
            {
                var count = recent.Count + 1;
                if (await TryPatchCountAsync(recent.Name, recent.Namespace, count, now, cancellationToken).ConfigureAwait(false))
                {
                    _cache.Remember(aggregationKey, recent with { Count = count, LastSeen = now });

                    return true;
                }
            }

            var created = await _client.CoreV1.CreateNamespacedEventAsync(NewEvent(reference, eventNamespace, type, reason, message, now), eventNamespace, cancellationToken: cancellationToken).ConfigureAwait(false);
            _cache.Remember(aggregationKey, new RecordedEvent(created.Metadata.Name, eventNamespace, 1, now));

            return true;
        }
        catch (Exception ex) when (ex is HttpOperationException or HttpRequestException or KubernetesException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.EventWriteFailed(_logger, ex, reason, reference.Kind, reference.NamespaceProperty, reference.Name);

            return false;
        }
    }

    /// <summary>Raises an existing Event's count; returns false when the Event no longer exists.</summary>
    private async Task<bool> TryPatchCountAsync(string name, string eventNamespace, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["count"] = count,
            ["lastTimestamp"] = FormatTime(now),
        });
        try
        {
            await _client.CoreV1.PatchNamespacedEventAsync(new V1Patch(body, V1Patch.PatchType.MergePatch), name, eventNamespace, cancellationToken: cancellationToken).ConfigureAwait(false);

            return true;
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private Corev1Event NewEvent(V1ObjectReference reference, string eventNamespace, string type, string reason, string message, DateTimeOffset now) => new()
    {
        ApiVersion = "v1",
        Kind = "Event",
        Metadata = new V1ObjectMeta
        {
            Name = $"{reference.Name}.{(now.ToUnixTimeMilliseconds() * 1_000_000) + (Interlocked.Increment(ref _nameCounter) % 1_000_000):x}",
            NamespaceProperty = eventNamespace,
        },
        InvolvedObject = reference,
        Type = type,
        Reason = reason,
        Message = message,
        Count = 1,
        FirstTimestamp = now.UtcDateTime,
        LastTimestamp = now.UtcDateTime,
        Source = new V1EventSource { Component = _options.Component, Host = _options.Host },
        ReportingComponent = _options.Component,
        ReportingInstance = _options.Host,
    };

    private static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
