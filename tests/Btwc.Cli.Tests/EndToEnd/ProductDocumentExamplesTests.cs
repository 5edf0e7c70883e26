using System.Text;
using Btwc.Simulator;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>Every example of the product document, applied as written, through the whole product.</summary>
public sealed class ProductDocumentExamplesTests
{
    [Fact]
    public async Task CompleteExample_WritesEveryAwsKeyAndRecordsTheLease()
    {
        await using var stack = await OperatorStack.StartAsync();

        await stack.ApplyExampleAsync("complete");
        var ready = await stack.WaitForReadyAsync("app-aws-credentials");

        Assert.Equal("SecretSynced", ready.Reason);
        Assert.Equal("secret synced", ready.Message);
        var secret = await stack.GetSecretAsync("aws-temp-credentials");
        Assert.NotNull(secret);
        Assert.Equal(["accessKeyId", "expiration", "leaseId", "secretAccessKey", "sessionToken"], secret.Data.Keys.Order(StringComparer.Ordinal));
        Assert.All(secret.Data.Values, value => Assert.NotEmpty(value));
        var status = (await stack.GetExternalSecretAsync("app-aws-credentials"))!.Status!;
        Assert.Equal(Encoding.UTF8.GetString(secret.Data["leaseId"]), status.Lease!.Id);
        Assert.NotNull(status.Lease.Expiration);
        Assert.NotNull(status.NextRefreshTime);
        Assert.Equal("aws-temp-credentials", status.Binding!.Name);
        Assert.Equal(1, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task BasicExample_SyncsWithTheGeneratorOfTheDocument()
    {
        await using var stack = await OperatorStack.StartAsync();

        await stack.ApplyExampleAsync("basic");
        await stack.WaitForReadyAsync("beyondtrustworkloadcredentials-dynamic");

        var secret = await stack.GetSecretAsync("beyondtrustworkloadcredentials-dynamic");
        Assert.NotNull(secret);
        Assert.Contains("accessKeyId", secret.Data.Keys);
        Assert.Equal(1, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }

    [Fact]
    public async Task RefreshIntervalExample_SchedulesBeforeTheIntervalAndExpiry()
    {
        await using var stack = await OperatorStack.StartAsync();

        await stack.ApplyExampleAsync("basic");
        await stack.ApplyAsync(await File.ReadAllTextAsync(Path.Combine(OperatorStack.RepositoryRoot(), "examples", "refresh-45m", "externalsecret.yaml")));
        await stack.WaitForReadyAsync("aws-credentials");

        var status = (await stack.GetExternalSecretAsync("aws-credentials"))!.Status!;
        var untilNext = status.NextRefreshTime!.Value - status.RefreshTime!.Value;
        Assert.InRange(untilNext, TimeSpan.FromMinutes(40) - TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(45));
        Assert.NotNull(await stack.GetSecretAsync("aws-temp-creds"));
    }

    [Fact]
    public async Task ReusabilityExample_GivesEachExternalSecretItsOwnCredential()
    {
        await using var stack = await OperatorStack.StartAsync();

        await stack.ApplyExampleAsync("basic");
        await stack.ApplyAsync(await File.ReadAllTextAsync(Path.Combine(OperatorStack.RepositoryRoot(), "examples", "reusability", "externalsecrets.yaml")));
        await stack.WaitForReadyAsync("app-1-aws-creds");
        await stack.WaitForReadyAsync("app-2-aws-creds");

        var first = await stack.GetSecretAsync("app-1-aws-credentials");
        var second = await stack.GetSecretAsync("app-2-aws-credentials");
        Assert.NotEqual(Encoding.UTF8.GetString(first!.Data["leaseId"]), Encoding.UTF8.GetString(second!.Data["leaseId"]));
        Assert.NotEqual(first.Data["accessKeyId"], second.Data["accessKeyId"]);
        Assert.Equal(3, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
    }
}
