using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Client.Tests.Infrastructure;

/// <summary>
/// A client factory wired to captured logs, a private meter and optionally a fake clock. The token defaults to
/// <see cref="CanaryToken"/>, which must never show up in a message or a log line.
/// </summary>
internal sealed class ClientHarness : IDisposable
{
    public const string CanaryToken = "canary-token-7f3e9b";

    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;

    public ClientHarness(FakeTimeProvider? time = null)
    {
        Time = time;
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        MeterFactory = _services.GetRequiredService<IMeterFactory>();
        LogProvider = new FakeLoggerProvider();
        _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(LogProvider).SetMinimumLevel(LogLevel.Trace));
        Factory = new BtwcClientFactory(_loggerFactory, MeterFactory, time);
    }

    public BtwcClientFactory Factory { get; }

    public FakeTimeProvider? Time { get; }

    public IMeterFactory MeterFactory { get; }

    public FakeLoggerProvider LogProvider { get; }

    public IReadOnlyList<FakeLogRecord> Logs => LogProvider.Collector.GetSnapshot();

    /// <summary>The token the next request carries; tests change it to simulate rotation.</summary>
    public string Token { get; set; } = CanaryToken;

    public int TokenReads { get; private set; }

    public MetricCollector<long> CollectCalls() => new(MeterFactory, BtwcClientTelemetry.MeterName, BtwcClientTelemetry.CallsInstrument);

    public IBtwcClient Create(Uri apiUrl, string? caPem, string siteId = StubServer.SiteId, Action<BtwcClientOptions>? configure = null)
    {
        var options = CreateOptions(apiUrl.ToString(), caPem, siteId);
        configure?.Invoke(options);

        return Factory.Create(options);
    }

    public BtwcClientOptions CreateOptions(string apiUrl, string? caPem, string siteId = StubServer.SiteId) => new()
    {
        ApiUrl = apiUrl,
        SiteId = siteId,
        CaBundlePem = caPem,
        TokenSource = _ =>
        {
            TokenReads++;
            return ValueTask.FromResult(Token);
        },
        Retry = new BtwcRetryOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromMilliseconds(40),
            JitterSource = () => 0,
        },
    };

    /// <summary>Advances the fake clock in steps until <paramref name="done"/> holds; returns the time advanced.</summary>
    public async Task<TimeSpan> AdvanceUntilAsync(Func<bool> done, TimeSpan step, TimeSpan max)
    {
        var advanced = TimeSpan.Zero;
        while (!done())
        {
            if (advanced >= max)
            {
                throw new TimeoutException($"The condition still did not hold after advancing the fake clock by {advanced}.");
            }

            // A short real pause lets the client reach its next timer before the clock moves again.
            await Task.Delay(25);
            Time!.Advance(step);
            advanced += step;
        }

        return advanced;
    }

    /// <summary>Asserts that no captured log line, message or argument contains the canary token.</summary>
    public void AssertLogsHideToken()
    {
        foreach (var record in Logs)
        {
            Assert.DoesNotContain(CanaryToken, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(CanaryToken, record.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
            foreach (var pair in record.StructuredState ?? [])
            {
                Assert.DoesNotContain(CanaryToken, pair.Value ?? string.Empty, StringComparison.Ordinal);
            }
        }
    }

    public static void AssertHidesToken(Exception exception)
    {
        Assert.DoesNotContain(CanaryToken, exception.ToString(), StringComparison.Ordinal);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            Assert.DoesNotContain(CanaryToken, current.Message, StringComparison.Ordinal);
        }

        if (exception is BtwcApiException api)
        {
            Assert.DoesNotContain(CanaryToken, api.ApiMessage ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(CanaryToken, api.ErrorCode ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(CanaryToken, api.Details ?? string.Empty, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        Factory.Dispose();
        _loggerFactory.Dispose();
        _services.Dispose();
    }
}
