namespace Btwc.Operator.Tests.Runtime.Support;

/// <summary>Polls a condition that a background loop makes true, failing with a message after a timeout.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string description, TimeSpan? timeout = null, Action? betweenPolls = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {description}.");
            }

            betweenPolls?.Invoke();
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
