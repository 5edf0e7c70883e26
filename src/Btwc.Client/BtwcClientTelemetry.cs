namespace Btwc.Client;

/// <summary>The names of the client's meter, instruments and tags.</summary>
public static class BtwcClientTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Btwc.Client</c>.</summary>
    public const string MeterName = "Btwc.Client";

    /// <summary>Counter of completed calls, tagged with <see cref="OperationTag"/> and <see cref="OutcomeTag"/>.</summary>
    public const string CallsInstrument = "btwc.client.calls";

    /// <summary>Histogram of call duration in seconds, retries included, tagged like <see cref="CallsInstrument"/>.</summary>
    public const string DurationInstrument = "btwc.client.call.duration";

    /// <summary>Counter of retries, tagged with <see cref="OperationTag"/> and <see cref="OutcomeTag"/> of the failed attempt.</summary>
    public const string RetriesInstrument = "btwc.client.retries";

    /// <summary>The operation tag: <c>session</c>, <c>get</c>, <c>list</c> or <c>generate</c>.</summary>
    public const string OperationTag = "btwc.operation";

    /// <summary>
    /// The outcome tag: <c>success</c>, <c>not_found</c>, <c>unauthorized</c>, <c>forbidden</c>, <c>rate_limited</c>,
    /// <c>client_error</c>, <c>server_error</c>, <c>http_error</c>, <c>timeout</c>, <c>transport</c>,
    /// <c>certificate_not_trusted</c>, <c>response_too_large</c>, <c>invalid_response</c>, <c>empty_credential</c>,
    /// <c>cancelled</c>, <c>invalid_configuration</c> (for example an empty token) or <c>error</c> (the token source
    /// failed).
    /// </summary>
    public const string OutcomeTag = "btwc.outcome";
}
