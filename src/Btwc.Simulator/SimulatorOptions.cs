using Microsoft.Extensions.Logging;

namespace Btwc.Simulator;

/// <summary>Settings of a <see cref="SimulatorServer"/>.</summary>
public sealed class SimulatorOptions
{
    /// <summary>The TCP port on 127.0.0.1. Default 0, which picks any free port.</summary>
    public int Port { get; set; }

    /// <summary>
    /// The clock for credential expirations, token expiry, metadata timestamps, added latency, the per-token
    /// rate limit and journal times. Default <see cref="TimeProvider.System"/>. The TLS certificates always use
    /// the real clock because clients check them against it.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Tenant data loaded at start. Default none (no site).</summary>
    public SimulatorSeed? Seed { get; set; }

    /// <summary>
    /// Seed for the random source behind fault fractions and generated values (keys, secrets, lease ids).
    /// Default <see langword="null"/>: not reproducible.
    /// </summary>
    public int? RandomSeed { get; set; }

    /// <summary>
    /// A directory holding <c>ca.pem</c>, <c>ca.key</c>, <c>server.pem</c> and <c>server.key</c>. Files present
    /// are loaded; missing ones are generated and written there. Default <see langword="null"/>: a new CA and
    /// server certificate in memory on every start.
    /// </summary>
    public string? CertificateDirectory { get; set; }

    /// <summary>The bearer token for the <c>/admin</c> API. Default <see langword="null"/>: a random token, see <see cref="SimulatorServer.AdminToken"/>.</summary>
    public string? AdminToken { get; set; }

    /// <summary>The API versions accepted in the <c>bt-secrets-api-version</c> header. Default <c>2026-04-28</c>.</summary>
    public IReadOnlyList<string> ApiVersions { get; set; } = ["2026-04-28"];

    /// <summary>The status of a successful generate call: 201 (the default, what the real API documents) or 200 (also seen).</summary>
    public int GenerateStatusCode { get; set; } = 201;

    /// <summary>How many recent requests <see cref="SimulatorJournal.Entries"/> keeps. Default 10,000.</summary>
    public int JournalCapacity { get; set; } = 10_000;

    /// <summary>How many lease ids <see cref="SimulatorJournal.LeaseIds"/> keeps (the oldest drop first). Default 1,000,000.</summary>
    public int JournalLeaseIdCapacity { get; set; } = 1_000_000;

    /// <summary>The logger factory for the server. Default <see langword="null"/>: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    internal void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, $"Port '{Port}' is invalid: use 0 (any free port) or 1 to 65535.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (JournalCapacity < 0 || JournalLeaseIdCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(JournalCapacity), "Journal capacities must be zero or more.");
        }

        if (GenerateStatusCode is not (200 or 201))
        {
            throw new ArgumentOutOfRangeException(nameof(GenerateStatusCode), GenerateStatusCode, $"GenerateStatusCode '{GenerateStatusCode}' is invalid: use 201 or 200.");
        }

        if (ApiVersions is null || ApiVersions.Count == 0)
        {
            throw new ArgumentException("ApiVersions is empty: list at least one accepted bt-secrets-api-version value.", nameof(ApiVersions));
        }
    }
}
