using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Btwc.Operator.Decisions.Durations;
using Btwc.Operator.Decisions.Scheduling;

namespace Btwc.Operator.Decisions.Refresh;

/// <summary>
/// A sync as recorded on the target Secret itself, in the <see cref="BtwcMetadata.LastSyncAnnotation"/>
/// annotation, in the same write as the credential. When the process stops between the Secret write and the
/// status write, the next process reads it and records the credential in the status instead of minting another.
/// It contains no credential value, only the lease id and times that the status shows too.
/// </summary>
/// <param name="Uid">The uid of the ExternalSecret that wrote the Secret.</param>
/// <param name="SyncedResourceVersion">The ExternalSecret's metadata version the sync was made for.</param>
/// <param name="RefreshTime">When the sync ran, truncated to seconds like <c>status.refreshTime</c>.</param>
/// <param name="Lease">The credential's lease, or null when the generator returned no lease facts.</param>
public sealed record TargetSyncRecord(string Uid, string SyncedResourceVersion, DateTimeOffset RefreshTime, GeneratedLease? Lease)
{
    /// <summary>Formats the record as the annotation value (compact JSON).</summary>
    public string Format() => JsonSerializer.Serialize(new Wire
    {
        Uid = Uid,
        SyncedResourceVersion = SyncedResourceVersion,
        RefreshTime = Rfc3339Time.Format(RefreshTime),
        LeaseId = Lease?.LeaseId,
        IssuedAt = Lease is null ? null : Rfc3339Time.Format(Lease.IssuedAt),
        Expiration = Lease?.ExpiresAt is { } expiresAt ? Rfc3339Time.Format(expiresAt) : null,
    });

    /// <summary>Parses an annotation value; returns null for a missing, malformed or incomplete one.</summary>
    public static TargetSyncRecord? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(value);
        }
        catch (JsonException)
        {
            return null;
        }

        if (wire is null || string.IsNullOrEmpty(wire.Uid) || string.IsNullOrEmpty(wire.SyncedResourceVersion) || ParseTime(wire.RefreshTime) is not { } refreshTime)
        {
            return null;
        }

        var lease = ParseTime(wire.IssuedAt) is { } issuedAt ? new GeneratedLease(wire.LeaseId, issuedAt, ParseTime(wire.Expiration)) : null;

        return new TargetSyncRecord(wire.Uid, wire.SyncedResourceVersion, refreshTime, lease);
    }

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;

    private sealed class Wire
    {
        [JsonPropertyName("uid")]
        public string? Uid { get; set; }

        [JsonPropertyName("syncedResourceVersion")]
        public string? SyncedResourceVersion { get; set; }

        [JsonPropertyName("refreshTime")]
        public string? RefreshTime { get; set; }

        [JsonPropertyName("leaseId")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? LeaseId { get; set; }

        [JsonPropertyName("issuedAt")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? IssuedAt { get; set; }

        [JsonPropertyName("expiration")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Expiration { get; set; }
    }
}
