using System.CommandLine;
using Btwc.Cli.Commands;

var root = new RootCommand("btwc: the btwc-operator command. Writes BeyondTrust Workload Credentials into Kubernetes Secrets through the External Secrets API.")
{
    DevCommand.Create(),
    RunCommand.Create(),
    CrdsCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
}
catch (Exception exception) when (CommandErrors.Describe(exception) is { } message)
{
    await Console.Error.WriteLineAsync("btwc: " + message).ConfigureAwait(false);

    return 1;
}
