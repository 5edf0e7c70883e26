using System.CommandLine;
using Btwc.Cli.Commands;

var root = new RootCommand("btwc: the btwc-operator command. Writes BeyondTrust Workload Credentials into Kubernetes Secrets through the External Secrets API.")
{
    DevCommand.Create(),
    RunCommand.Create(),
    CrdsCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
