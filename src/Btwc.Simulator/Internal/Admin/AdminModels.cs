namespace Btwc.Simulator.Internal.Admin;

/// <summary>Body of <c>POST /admin/sites/{siteId}/tokens/revoke</c>.</summary>
internal sealed class AdminTokenRevocation
{
    public string Value { get; init; } = string.Empty;
}

/// <summary>Body of <c>PUT /admin/faults</c>: the faults of one route, or of every route when <see cref="Route"/> is absent.</summary>
internal sealed class AdminFaults
{
    public string? Route { get; init; }

    public double LatencyMs { get; init; }

    public double TooManyRequestsFraction { get; init; }

    public int TooManyRequestsRetryAfterSeconds { get; init; } = 1;

    public double InternalServerErrorFraction { get; init; }

    public double ServiceUnavailableFraction { get; init; }

    public int? ServiceUnavailableRetryAfterSeconds { get; init; }

    public double MalformedJsonFraction { get; init; }

    public double OversizedBodyFraction { get; init; }

    public long OversizedBodyBytes { get; init; } = RouteFaults.DefaultOversizedBodyBytes;

    public bool OversizedBodyDeclaresLength { get; init; }

    public double DroppedConnectionFraction { get; init; }

    public RouteFaults ToRouteFaults() => new()
    {
        Latency = TimeSpan.FromMilliseconds(LatencyMs),
        TooManyRequestsFraction = TooManyRequestsFraction,
        TooManyRequestsRetryAfterSeconds = TooManyRequestsRetryAfterSeconds,
        InternalServerErrorFraction = InternalServerErrorFraction,
        ServiceUnavailableFraction = ServiceUnavailableFraction,
        ServiceUnavailableRetryAfterSeconds = ServiceUnavailableRetryAfterSeconds,
        MalformedJsonFraction = MalformedJsonFraction,
        OversizedBodyFraction = OversizedBodyFraction,
        OversizedBodyBytes = OversizedBodyBytes,
        OversizedBodyDeclaresLength = OversizedBodyDeclaresLength,
        DroppedConnectionFraction = DroppedConnectionFraction,
    };
}

/// <summary>Body of <c>POST /admin/faults/fail-next</c>.</summary>
internal sealed class AdminFailNext
{
    public string? Route { get; init; }

    public int Count { get; init; } = 1;

    public int StatusCode { get; init; }

    public int? RetryAfterSeconds { get; init; }
}

/// <summary>Body of <c>PUT /admin/faults/token-rate-limit</c>; a null rate removes the limit.</summary>
internal sealed class AdminRateLimit
{
    public double? RequestsPerSecond { get; init; }
}
