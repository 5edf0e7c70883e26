using System.Net.Sockets;
using k8s.Exceptions;

namespace Btwc.Cli.Commands;

/// <summary>Turns the errors a user can fix into one line naming the value and the fix, instead of a stack trace.</summary>
internal static class CommandErrors
{
    /// <summary>Returns the message to print, or null for an unexpected error that should keep its stack trace.</summary>
    public static string? Describe(Exception exception)
    {
        var bind = FindInner<SocketException>(exception);
        if (exception is IOException && bind?.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return exception.Message + " Another btwc dev may be running: stop it, or pass --simulator-port 0 (or another free port); dev mode then points the examples it applies at that port, but manifests applied by hand still name 9443.";
        }

        return exception switch
        {
            KubeConfigException => exception.Message + ". Pass --kubeconfig with an existing kubeconfig, or run inside a cluster.",
            ArgumentException => exception.Message,
            _ => null,
        };
    }

    private static T? FindInner<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }
}
