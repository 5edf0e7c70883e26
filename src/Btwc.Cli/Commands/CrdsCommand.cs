using System.CommandLine;
using Btwc.Operator.Api;

namespace Btwc.Cli.Commands;

/// <summary>The <c>btwc crds</c> command: prints the CRD manifests the operator serves.</summary>
internal static class CrdsCommand
{
    public static Command Create()
    {
        var command = new Command("crds", "Print the CustomResourceDefinition manifests, for kubectl apply -f -.");
        command.SetAction(_ =>
        {
            Console.Out.Write(CrdGenerator.GenerateAll()[CrdGenerator.AllFileName]);

            return 0;
        });

        return command;
    }
}
