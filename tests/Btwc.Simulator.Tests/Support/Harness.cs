using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Simulator.Tests.Support;

/// <summary>A running simulator with one site and one all-access token, a fake clock and a client trusting only its CA.</summary>
internal sealed class Harness : IAsyncDisposable
{
    public const string SiteId = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
    public const string Token = "test-token-7f3a";
    public const string ApiVersion = "2026-04-28";

    private Harness(SimulatorServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Client = new HttpClient(TrustingHandler.Create(server.CaCertificatePem)) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public static DateTimeOffset Start { get; } = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public SimulatorServer Server { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public SimulatorState State => Server.State;

    public string Base => Server.SiteUrl(SiteId).ToString();

    public static async Task<Harness> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new SimulatorOptions { TimeProvider = time, RandomSeed = 42 };
        configure?.Invoke(options);
        var server = await SimulatorServer.StartAsync(options, TestContext.Current.CancellationToken);
        if (!server.State.SiteIds.Contains(SiteId))
        {
            server.State.AddSite(SiteId);
            server.State.AddToken(SiteId, Token);
        }

        return new Harness(server, time);
    }

    public HttpRequestMessage Request(HttpMethod method, string relative, string? token = Token, string? apiVersion = ApiVersion)
    {
        var request = new HttpRequestMessage(method, Base + relative);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (apiVersion is not null)
        {
            request.Headers.Add("bt-secrets-api-version", apiVersion);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        return request;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string relative, string? token = Token, string? apiVersion = ApiVersion) =>
        Client.SendAsync(Request(method, relative, token, apiVersion), TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> GenerateAsync(string folder, string name, string? token = Token) =>
        SendAsync(HttpMethod.Post, $"/dynamic/{Uri.EscapeDataString(name)}/generate" + (folder.Length == 0 ? string.Empty : "?folder=" + Uri.EscapeDataString(folder)), token);

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendJsonAsync(HttpMethod method, string relative, string? token = Token, string? apiVersion = ApiVersion)
    {
        using var response = await SendAsync(method, relative, token, apiVersion);

        return (response.StatusCode, await ReadJsonAsync(response));
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);

        return document.RootElement.Clone();
    }

    /// <summary>Waits (up to 10 s of real time) until <paramref name="count"/> requests have reached <paramref name="route"/>.</summary>
    public async Task WaitForArrivalsAsync(SimulatorRoute route, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Server.Journal.Count(route) < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>
    /// Advances the fake clock by <paramref name="step"/> until <paramref name="call"/> completes. Repeating the step
    /// covers a server delay that registers its timer just after an advance.
    /// </summary>
    public async Task AdvanceUntilCompletedAsync(Task call, TimeSpan step)
    {
        for (var i = 0; i < 500 && !call.IsCompleted; i++)
        {
            Time.Advance(step);
            await Task.WhenAny(call, Task.Delay(20, TestContext.Current.CancellationToken));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
