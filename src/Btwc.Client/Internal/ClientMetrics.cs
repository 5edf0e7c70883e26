using System.Diagnostics.Metrics;

namespace Btwc.Client.Internal;

/// <summary>The client's instruments, one set per factory.</summary>
internal sealed class ClientMetrics : IDisposable
{
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _retries;

    public ClientMetrics(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(BtwcClientTelemetry.MeterName) ?? new Meter(BtwcClientTelemetry.MeterName);
        _calls = _meter.CreateCounter<long>(BtwcClientTelemetry.CallsInstrument, "{call}", "BTWC API calls by operation and outcome.");
        _duration = _meter.CreateHistogram<double>(BtwcClientTelemetry.DurationInstrument, "s", "Duration of BTWC API calls, retries included.");
        _retries = _meter.CreateCounter<long>(BtwcClientTelemetry.RetriesInstrument, "{retry}", "Retries of BTWC API calls.");
    }

    public void RecordCall(string operation, string outcome, TimeSpan duration)
    {
        var operationTag = new KeyValuePair<string, object?>(BtwcClientTelemetry.OperationTag, operation);
        var outcomeTag = new KeyValuePair<string, object?>(BtwcClientTelemetry.OutcomeTag, outcome);
        _calls.Add(1, operationTag, outcomeTag);
        _duration.Record(duration.TotalSeconds, operationTag, outcomeTag);
    }

    public void RecordRetry(string operation, string outcome) =>
        _retries.Add(
            1,
            new KeyValuePair<string, object?>(BtwcClientTelemetry.OperationTag, operation),
            new KeyValuePair<string, object?>(BtwcClientTelemetry.OutcomeTag, outcome));

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
