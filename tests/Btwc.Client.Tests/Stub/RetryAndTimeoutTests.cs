using System.Globalization;
using Btwc.Client.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Client.Tests.Stub;

/// <summary>Retries, Retry-After and timeouts, driven by a fake clock.</summary>
public sealed class RetryAndTimeoutTests : IAsyncLifetime
{
    private static readonly SecretPath Path = SecretPath.Parse("production/aws-temp");
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ClientHarness _harness;
    private StubServer _server = null!;

    public RetryAndTimeoutTests()
    {
        _harness = new ClientHarness(_time);
    }

    public async ValueTask InitializeAsync() => _server = await StubServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Read429_RetryAfterSeconds_WaitsThenSucceeds()
    {
        _server.EnqueueJson(429, "{\"error\":\"rate_limited\"}", response => response.Headers.RetryAfter = "3");
        _server.EnqueueJson(200, "{\"valid\":true}");
        var client = CreateClient();

        var call = client.CheckSessionAsync(TestContext.Current.CancellationToken);
        var requestsJustBefore = await RequestsAfterRetryDelayAsync(TimeSpan.FromSeconds(3));
        await call;

        Assert.Equal(1, requestsJustBefore);
        Assert.Equal(2, _server.Requests.Count);
        var retry = Assert.Single(_harness.Logs, record => record.Id.Name == "RetryScheduled");
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, retry.Level);
        Assert.Contains("retrying in 3000 ms", retry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate503_RetryAfterHttpDate_WaitsThenSucceeds()
    {
        var retryAt = _time.GetUtcNow().AddSeconds(5).ToString("R", CultureInfo.InvariantCulture);
        _server.EnqueueJson(503, "{\"error\":\"unavailable\"}", response => response.Headers.RetryAfter = retryAt);
        _server.EnqueueJson(201, "{\"secret\":{\"leaseId\":\"l-2\"}}");
        var client = CreateClient();

        var call = client.GenerateAsync(Path, TestContext.Current.CancellationToken);
        var requestsJustBefore = await RequestsAfterRetryDelayAsync(TimeSpan.FromSeconds(5));
        var credential = await call;

        Assert.Equal("l-2", credential.LeaseId);
        Assert.Equal(1, requestsJustBefore);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Generate429_RetriesExhausted_ThrowsWithRetryAfter()
    {
        _server.DefaultResponder = context =>
        {
            context.Response.Headers.RetryAfter = "1";
            return StubServer.Json(context, 429, "{\"error\":\"rate_limited\",\"message\":\"slow down\"}");
        };
        var client = CreateClient();

        var call = client.GenerateAsync(Path, TestContext.Current.CancellationToken);
        await _harness.AdvanceUntilAsync(() => call.IsCompleted, Step, TimeSpan.FromSeconds(10));
        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => call);

        Assert.Equal(3, _server.Requests.Count);
        Assert.True(exception.IsRateLimited);
        Assert.True(exception.RequestNotProcessed);
        Assert.Equal(TimeSpan.FromSeconds(1), exception.RetryAfter);
        Assert.Contains("after 3 attempts", exception.Message, StringComparison.Ordinal);
        Assert.Contains("retry after 1 s", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read429_RetryAfterBeyondBudget_ThrowsAtOnce()
    {
        _server.EnqueueJson(429, "{}", response => response.Headers.RetryAfter = "120");
        var client = CreateClient();

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.CheckSessionAsync(TestContext.Current.CancellationToken));

        Assert.Single(_server.Requests);
        Assert.Equal(TimeSpan.FromSeconds(120), exception.RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Generate5xxOtherThan503_NotRetried(int status)
    {
        _server.DefaultResponder = context => StubServer.Json(context, status, "{\"error\":\"boom\"}");
        var client = CreateClient();

        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => client.GenerateAsync(Path, TestContext.Current.CancellationToken));

        Assert.Equal(status, exception.StatusCode);
        Assert.False(exception.RequestNotProcessed);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Read500_RetriedWithBackoffUntilLimit()
    {
        _server.DefaultResponder = context => StubServer.Json(context, 500, "{\"error\":\"boom\"}");
        var client = CreateClient(options => options.Retry = new BtwcRetryOptions { MaxReadRetries = 3, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(2), JitterSource = () => 0 });

        var call = client.ListStaticSecretsAsync("prod", TestContext.Current.CancellationToken);
        var waited = await _harness.AdvanceUntilAsync(() => call.IsCompleted, Step, TimeSpan.FromSeconds(30));
        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => call);

        Assert.Equal(4, _server.Requests.Count);
        Assert.Equal(500, exception.StatusCode);
        Assert.InRange(waited, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(7));
        Assert.Equal(3, _harness.Logs.Count(record => record.Id.Name == "RetryScheduled"));
    }

    [Fact]
    public async Task Generate_Timeout_NotRetried()
    {
        _server.DefaultResponder = context => Task.Delay(Timeout.Infinite, context.RequestAborted);
        var client = CreateClient(options => options.RequestTimeout = TimeSpan.FromSeconds(30));

        var call = client.GenerateAsync(Path, TestContext.Current.CancellationToken);
        await _server.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(30));
        var exception = await Assert.ThrowsAsync<BtwcApiException>(() => call);

        Assert.Equal(BtwcErrorKind.Timeout, exception.Kind);
        Assert.Contains("no complete response within 30 s", exception.Message, StringComparison.Ordinal);
        Assert.False(exception.RequestNotProcessed);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Read_TimeoutThenSuccess_Retried()
    {
        _server.Enqueue(context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        _server.EnqueueJson(200, "{\"secret\":{\"k\":\"v\"}}");
        var client = CreateClient(options => options.RequestTimeout = TimeSpan.FromSeconds(5));

        var call = client.GetStaticSecretAsync(Path, TestContext.Current.CancellationToken);
        await _server.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(5));
        await _harness.AdvanceUntilAsync(() => call.IsCompleted, Step, TimeSpan.FromSeconds(5));
        var secret = await call;

        Assert.Equal("v", secret.Values[0].Value);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Retry_UsesRotatedTokenOnNextAttempt()
    {
        _server.EnqueueJson(503, "{}", response => response.Headers.RetryAfter = "1");
        _server.EnqueueJson(200, "{}");
        var client = CreateClient();

        var call = client.CheckSessionAsync(TestContext.Current.CancellationToken);
        await _server.WaitForRequestsAsync(1);
        _harness.Token = "rotated-token";
        await _harness.AdvanceUntilAsync(() => call.IsCompleted, Step, TimeSpan.FromSeconds(5));
        await call;

        Assert.Equal("Bearer rotated-token", _server.Requests[1].Headers["Authorization"]);
    }

    private IBtwcClient CreateClient(Action<BtwcClientOptions>? configure = null) =>
        _harness.Create(_server.ApiUrl, _server.CaPem, configure: options =>
        {
            options.Retry = new BtwcRetryOptions { JitterSource = () => 0 };
            configure?.Invoke(options);
        });

    /// <summary>
    /// Waits (in real time) until the client has scheduled its retry, moves the fake clock to 100 ms before
    /// <paramref name="delay"/> and counts the requests, then moves it to the delay and waits for the retry. The
    /// clock never moves while a response is on its way, so a slow run cannot stretch the measured delay.
    /// </summary>
    /// <returns>The number of requests the server had received 100 ms before the delay ended.</returns>
    private async Task<int> RequestsAfterRetryDelayAsync(TimeSpan delay)
    {
        await UntilAsync(() => _harness.Logs.Any(record => record.Id.Name == "RetryScheduled"), "the client scheduled a retry");
        _time.Advance(delay - TimeSpan.FromMilliseconds(100));
        await Task.Delay(200, TestContext.Current.CancellationToken);
        var requestsJustBefore = _server.Requests.Count;
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await UntilAsync(() => _server.Requests.Count == 2, "the retry reached the server");

        return requestsJustBefore;
    }

    private static async Task UntilAsync(Func<bool> condition, string description)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {description}");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
