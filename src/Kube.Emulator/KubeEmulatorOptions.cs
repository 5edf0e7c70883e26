using Microsoft.Extensions.Logging;

namespace Kube.Emulator;

/// <summary>
/// Settings for an in-memory Kubernetes API server started by <see cref="KubeEmulatorServer.StartAsync"/>.
/// </summary>
public sealed class KubeEmulatorOptions
{
    /// <summary>Gets or sets the TCP port on 127.0.0.1. Default 0, which picks any free port.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Gets or sets the bearer token every API request must carry. Default <see langword="null"/>, which turns
    /// authentication off. <c>/version</c>, <c>/healthz</c>, <c>/livez</c> and <c>/readyz</c> are always open.
    /// </summary>
    public string? BearerToken { get; set; }

    /// <summary>
    /// Gets or sets how many write events the watch history keeps. Default 10,000. A watch or a list continuation
    /// from a resourceVersion older than the history gets 410 Gone, as a real server does after compaction.
    /// </summary>
    public int WatchHistorySize { get; set; } = 10_000;

    /// <summary>Gets or sets the clock for timestamps, watch timeouts and bookmarks. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets how often a watch that allows bookmarks gets a BOOKMARK event. Default 60 seconds.</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the watch duration when a request sets no <c>timeoutSeconds</c>. Default 30 minutes.</summary>
    public TimeSpan DefaultWatchTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Gets or sets how many events may wait for one watcher before the server closes that watch. Default 10,000.
    /// The client then watches again from the last resourceVersion it saw.
    /// </summary>
    public int WatchBufferSize { get; set; } = 10_000;

    /// <summary>Gets or sets the largest request body accepted, in bytes. Default 3,145,728 (3 MiB, the kube-apiserver limit).</summary>
    public long MaxRequestBodyBytes { get; set; } = 3 * 1024 * 1024;

    /// <summary>
    /// Gets or sets the largest stored object, in bytes of its JSON encoding. Default 1,572,864 (1.5 MiB, the etcd
    /// default request limit). A larger object gets 413 RequestEntityTooLarge.
    /// </summary>
    public int MaxObjectBytes { get; set; } = 1_572_864;

    /// <summary>
    /// Gets or sets whether a namespaced object may be created only in an existing namespace, as the NamespaceLifecycle
    /// admission plugin enforces. Default <see langword="true"/>. The namespaces default, kube-system, kube-public
    /// and kube-node-lease exist from the start.
    /// </summary>
    public bool RequireNamespaces { get; set; } = true;

    /// <summary>Gets or sets the logger factory for request errors. Default <see langword="null"/>, which logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    internal void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, $"Port {Port} is invalid: use 0 for any free port or a value from 1 to 65535.");
        }

        if (WatchHistorySize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(WatchHistorySize), WatchHistorySize, "WatchHistorySize must be at least 1.");
        }

        if (WatchBufferSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(WatchBufferSize), WatchBufferSize, "WatchBufferSize must be at least 1.");
        }

        if (BookmarkInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(BookmarkInterval), BookmarkInterval, "BookmarkInterval must be positive.");
        }

        if (DefaultWatchTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultWatchTimeout), DefaultWatchTimeout, "DefaultWatchTimeout must be positive.");
        }

        if (BearerToken is { Length: 0 })
        {
            throw new ArgumentException("BearerToken is empty: set a token or null to turn authentication off.", nameof(BearerToken));
        }
    }
}
