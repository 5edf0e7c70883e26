using Btwc.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Btwc.Client.Tests.Stub;

/// <summary>The canary token must never reach an exception (message, ToString, inner exceptions) or a log line.</summary>
public sealed class CanaryTokenTests : IAsyncLifetime
{
    private StubServer _server = null!;
    private readonly ClientHarness _harness = new();

    public async ValueTask InitializeAsync() => _server = await StubServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _harness.Dispose();
        await _server.DisposeAsync();
    }

    public static TheoryData<string> Failures => ["echo401", "echo500", "drop", "malformed", "huge", "empty", "list-error", "html"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Failure_NeverShowsToken(string failure)
    {
        _server.DefaultResponder = context => Respond(context, failure);
        var client = _harness.Create(_server.ApiUrl, _server.CaPem, configure: options => options.MaxResponseBytes = 4096);
        var exceptions = new List<Exception>();

        foreach (var call in Calls(client))
        {
            try
            {
                await call();
            }
            catch (BtwcApiException exception)
            {
                exceptions.Add(exception);
            }
        }

        // The session check ignores a 200 body, so only get, list and generate are certain to fail on every case.
        Assert.True(exceptions.Count >= 3, $"Only {exceptions.Count} calls failed.");
        Assert.All(exceptions, ClientHarness.AssertHidesToken);
        Assert.NotEmpty(_harness.Logs);
        _harness.AssertLogsHideToken();
    }

    private static IEnumerable<Func<Task>> Calls(IBtwcClient client)
    {
        var token = TestContext.Current.CancellationToken;
        yield return () => client.CheckSessionAsync(token);
        yield return () => client.GetStaticSecretAsync(SecretPath.Parse("prod/db/creds"), token);
        yield return () => client.ListStaticSecretsAsync("prod", token);
        yield return () => client.GenerateAsync(SecretPath.Parse("production/aws-temp"), token);
    }

    private static Task Respond(HttpContext context, string failure)
    {
        var echo = $"{{\"error\":\"{ClientHarness.CanaryToken}\",\"message\":\"{context.Request.Headers.Authorization}\",\"details\":{{\"t\":\"{ClientHarness.CanaryToken}\"}}}}";
        switch (failure)
        {
            case "echo401":
                return StubServer.Json(context, 401, echo);
            case "echo500":
                return StubServer.Json(context, 500, echo);
            case "drop":
                context.Abort();
                return Task.CompletedTask;
            case "malformed":
                return StubServer.Json(context, 200, "{\"secret\":{\"t\":\"" + ClientHarness.CanaryToken + "\",");
            case "huge":
                return StubServer.Json(context, 200, "{\"error\":\"" + ClientHarness.CanaryToken + new string('x', 8000) + "\"}");
            case "empty":
                return StubServer.Json(context, 200, "");
            case "list-error":
                return StubServer.Json(context, 200, "{\"error\":\"" + ClientHarness.CanaryToken + "\"}");
            default:
                return StubServer.Json(context, 502, "<html>" + ClientHarness.CanaryToken + "</html>");
        }
    }
}
