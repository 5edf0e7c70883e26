using Btwc.Client.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Client.Tests.Stub;

public sealed class TelemetryTests : IAsyncLifetime
{
    private StubServer _server = null!;
    private readonly ClientHarness _harness = new();

    public async ValueTask InitializeAsync() => _server = await StubServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Calls_CountedByOperationAndOutcome()
    {
        using var calls = _harness.CollectCalls();
        using var duration = new MetricCollector<double>(_harness.MeterFactory, BtwcClientTelemetry.MeterName, BtwcClientTelemetry.DurationInstrument);
        _server.EnqueueJson(201, "{\"secret\":{\"k\":\"v\"}}");
        _server.EnqueueJson(404, "{\"error\":\"not_found\"}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        await client.GenerateAsync(SecretPath.Parse("a/b"), TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<BtwcApiException>(() => client.GetStaticSecretAsync(SecretPath.Parse("a/c"), TestContext.Current.CancellationToken));

        var measurements = calls.GetMeasurementSnapshot();
        Assert.Equal(2, measurements.Count);
        Assert.Equal("generate", measurements[0].Tags[BtwcClientTelemetry.OperationTag]);
        Assert.Equal("success", measurements[0].Tags[BtwcClientTelemetry.OutcomeTag]);
        Assert.Equal("get", measurements[1].Tags[BtwcClientTelemetry.OperationTag]);
        Assert.Equal("not_found", measurements[1].Tags[BtwcClientTelemetry.OutcomeTag]);
        Assert.Equal(2, duration.GetMeasurementSnapshot().Count);
        Assert.All(duration.GetMeasurementSnapshot(), measurement => Assert.True(measurement.Value >= 0));
    }

    [Fact]
    public async Task Duration_MeasuredOnInjectedClock()
    {
        var time = new FakeTimeProvider();
        using var harness = new ClientHarness(time);
        using var duration = new MetricCollector<double>(harness.MeterFactory, BtwcClientTelemetry.MeterName, BtwcClientTelemetry.DurationInstrument);
        _server.Enqueue(async context =>
        {
            time.Advance(TimeSpan.FromSeconds(2));
            await StubServer.Json(context, 200, "{}");
        });
        var client = harness.Create(_server.ApiUrl, _server.CaPem);

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2.0, Assert.Single(duration.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task Call_LogsDebugLine()
    {
        _server.EnqueueJson(201, "{\"secret\":{\"secretAccessKey\":\"credential-value-42\"}}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        await client.GenerateAsync(SecretPath.Parse("production/aws-temp"), TestContext.Current.CancellationToken);

        var record = Assert.Single(_harness.Logs);
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Equal("CallSucceeded", record.Id.Name);
        Assert.Contains("generate production/aws-temp succeeded with HTTP 201", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("credential-value-42", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_CountedAndLoggedAsWarning()
    {
        using var retries = new MetricCollector<long>(_harness.MeterFactory, BtwcClientTelemetry.MeterName, BtwcClientTelemetry.RetriesInstrument);
        _server.EnqueueJson(503, "{}");
        _server.EnqueueJson(200, "{}");
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);

        await client.CheckSessionAsync(TestContext.Current.CancellationToken);

        var retry = Assert.Single(retries.GetMeasurementSnapshot());
        Assert.Equal("server_error", retry.Tags[BtwcClientTelemetry.OutcomeTag]);
        var warning = Assert.Single(_harness.Logs, record => record.Level == LogLevel.Warning);
        Assert.Contains("session - attempt 1 failed (server_error, HTTP 503)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyToken_CountedAsInvalidConfiguration()
    {
        using var calls = _harness.CollectCalls();
        var client = _harness.Create(_server.ApiUrl, _server.CaPem);
        _harness.Token = " ";

        await Assert.ThrowsAsync<BtwcConfigurationException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        var measurement = Assert.Single(calls.GetMeasurementSnapshot());
        Assert.Equal("invalid_configuration", measurement.Tags[BtwcClientTelemetry.OutcomeTag]);
        Assert.Equal("CallFailed", Assert.Single(_harness.Logs).Id.Name);
    }

    [Fact]
    public async Task TokenSourceFailure_PassesThroughAsError()
    {
        using var calls = _harness.CollectCalls();
        var client = _harness.Create(_server.ApiUrl, _server.CaPem, configure: options =>
            options.TokenSource = _ => throw new InvalidOperationException("token Secret not found"));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.Equal("token Secret not found", exception.Message);
        Assert.Equal("error", Assert.Single(calls.GetMeasurementSnapshot()).Tags[BtwcClientTelemetry.OutcomeTag]);
        Assert.Empty(_server.Requests);
    }
}
