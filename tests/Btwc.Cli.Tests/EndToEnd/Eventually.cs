namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>Polls a condition on the real clock until it holds, for state that servers reach asynchronously.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, Func<string>? failureMessage = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail(failureMessage?.Invoke() ?? "The condition did not hold in time.");
    }
}
