using Btwc.Client.Tests.Infrastructure;
using Btwc.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Client.Tests.Simulator;

/// <summary>
/// Starts a real simulator over HTTPS for each test, with site <see cref="SiteId"/> and the canary token allowed
/// everything, and a client that trusts the simulator's CA.
/// </summary>
public abstract class SimulatorTestBase : IAsyncLifetime
{
    public const string SiteId = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    protected SimulatorTestBase(bool fakeClientClock = false)
    {
        SimulatorTime = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        ClientTime = fakeClientClock ? new FakeTimeProvider() : null;
        Harness = new ClientHarness(ClientTime);
    }

    protected FakeTimeProvider SimulatorTime { get; }

    protected FakeTimeProvider? ClientTime { get; }

    private protected ClientHarness Harness { get; }

    protected SimulatorServer Server { get; private set; } = null!;

    protected SimulatorState State => Server.State;

    protected IBtwcClient Client { get; set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        Server = await SimulatorServer.StartAsync(new SimulatorOptions { TimeProvider = SimulatorTime, RandomSeed = 7 }, Cancel);
        State.AddSite(SiteId);
        State.AddToken(SiteId, ClientHarness.CanaryToken, [TokenPermission.All]);
        Client = CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Harness.Dispose();
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected IBtwcClient CreateClient(Action<BtwcClientOptions>? configure = null) =>
        Harness.Create(Server.ApiUrl, Server.CaCertificatePem, SiteId, options =>
        {
            options.Retry = new BtwcRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(20), JitterSource = () => 0 };
            configure?.Invoke(options);
        });
}
