using System.Text;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>No token or credential value may appear in any log line, event or status.</summary>
public sealed class SecretLeakTests
{
    [Fact]
    public async Task TokenAndCredentialValues_NeverAppearInLogsEventsOrStatus()
    {
        await using var stack = await OperatorStack.StartAsync();
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        await stack.WaitForReadyAsync("es");
        await stack.ApplyAsync(Manifests.Generator(name: "broken", tokenSecret: "no-such-token"));
        await stack.ApplyAsync(Manifests.ExternalSecret("es-broken", "target-broken", generator: "broken"));
        await stack.WaitForReadyAsync("es-broken", status: "False");

        var secret = await stack.GetSecretAsync("target");
        var observable = await stack.ObservableTextAsync();

        Assert.NotEmpty(stack.Logs.Collector.GetSnapshot());
        Assert.DoesNotContain(stack.Stack.Token, observable, StringComparison.Ordinal);
        foreach (var key in new[] { "accessKeyId", "secretAccessKey", "sessionToken" })
        {
            var value = Encoding.UTF8.GetString(secret!.Data[key]);
            Assert.DoesNotContain(value, observable, StringComparison.Ordinal);
        }
    }
}
