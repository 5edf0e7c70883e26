namespace Btwc.Simulator.Internal.Admin;

/// <summary>Body of <c>POST /admin/sites/{siteId}/tokens/revoke</c>.</summary>
internal sealed class AdminTokenRevocation
{
    public string Value { get; set; } = string.Empty;
}

/// <summary>Body of <c>PUT /admin/faults</c>: the faults of one route, or of every route when <see cref="Route"/> is absent.</summary>
internal sealed class AdminFaults
{
    public string? Route { get; set; }

    public double LatencyMs { get; set; }

    public double TooManyRequestsFraction { get; set; }

    public int TooManyRequestsRetryAfterSeconds { get; set; } = 1;

    public double InternalServerErrorFraction { get; set; }

    public double ServiceUnavailableFraction { get; set; }

    public int? ServiceUnavailableRetryAfterSeconds { get; set; }

    public double MalformedJsonFraction { get; set; }

    public double ErrorBodyFraction { get; set; }

    public double OversizedBodyFraction { get; set; }

    public long OversizedBodyBytes { get; set; } = RouteFaults.DefaultOversizedBodyBytes;

    public bool OversizedBodyDeclaresLength { get; set; }

    public double DroppedConnectionFraction { get; set; }

    public RouteFaults ToRouteFaults() => new()
    {
        Latency = TimeSpan.FromMilliseconds(LatencyMs),
        TooManyRequestsFraction = TooManyRequestsFraction,
        TooManyRequestsRetryAfterSeconds = TooManyRequestsRetryAfterSeconds,
        InternalServerErrorFraction = InternalServerErrorFraction,
        ServiceUnavailableFraction = ServiceUnavailableFraction,
        ServiceUnavailableRetryAfterSeconds = ServiceUnavailableRetryAfterSeconds,
        MalformedJsonFraction = MalformedJsonFraction,
        ErrorBodyFraction = ErrorBodyFraction,
        OversizedBodyFraction = OversizedBodyFraction,
        OversizedBodyBytes = OversizedBodyBytes,
        OversizedBodyDeclaresLength = OversizedBodyDeclaresLength,
        DroppedConnectionFraction = DroppedConnectionFraction,
    };
}

/// <summary>Body of <c>POST /admin/faults/fail-next</c>.</summary>
internal sealed class AdminFailNext
{
    public string? Route { get; set; }

    public int Count { get; set; } = 1;

    public int StatusCode { get; set; }

    public int? RetryAfterSeconds { get; set; }
}

/// <summary>Body of <c>PUT /admin/faults/token-rate-limit</c>; a null rate removes the limit.</summary>
internal sealed class AdminRateLimit
{
    public double? RequestsPerSecond { get; set; }
}
