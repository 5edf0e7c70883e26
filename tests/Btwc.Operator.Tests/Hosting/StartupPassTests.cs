using Btwc.Operator.Hosting;
using Btwc.Operator.Runtime;
using Btwc.Operator.Runtime.Controllers;
using Btwc.Operator.Tests.Runtime.Support;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Btwc.Operator.Tests.Hosting;

public sealed class StartupPassTests
{
    private static readonly ObjectKey First = new("default", "first");
    private static readonly ObjectKey Second = new("default", "second");

    [Fact]
    public async Task Reconcile_AllInitialKeys_Completes()
    {
        var time = new FakeTimeProvider();
        var logger = new FakeLogger();
        var inner = new DelegateReconciler((_, _, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(250));

            return Task.FromResult(ReconcileResult.Done());
        });
        var pass = new StartupPass(inner, () => [First, Second], time, logger);
        var ct = TestContext.Current.CancellationToken;

        await pass.ReconcileAsync(First, ct);
        await pass.ReconcileAsync(First, ct);
        var afterFirstOnly = pass.Completed.IsCompleted;
        await pass.ReconcileAsync(new ObjectKey("default", "created-later"), ct);
        await pass.ReconcileAsync(Second, ct);
        await pass.ReconcileAsync(Second, ct);

        Assert.False(afterFirstOnly);
        Assert.Equal(2, await pass.Completed);
        var line = Assert.Single(logger.Collector.GetSnapshot(), record => record.Id.Id == 1101);
        Assert.Equal("Reconciled all 2 ExternalSecrets present at the first reconcile after start in 1000 ms", line.Message);
        Assert.Equal(5, inner.Calls.Count);
    }

    [Fact]
    public async Task Reconcile_InnerThrows_KeyStillPending()
    {
        var inner = new DelegateReconciler((key, _, _) => key == First ? throw new InvalidOperationException("boom") : Task.FromResult(ReconcileResult.Done()));
        var pass = new StartupPass(inner, () => [First, Second], TimeProvider.System);
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<InvalidOperationException>(() => pass.ReconcileAsync(First, ct));
        await pass.ReconcileAsync(Second, ct);

        Assert.False(pass.Completed.IsCompleted);
    }
}
