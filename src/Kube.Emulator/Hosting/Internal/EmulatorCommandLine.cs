using System.Globalization;

namespace Kube.Emulator.Hosting.Internal;

/// <summary>The options of the emulator program: <c>--port N</c>, <c>--kubeconfig PATH</c>, <c>--token T</c>.</summary>
internal sealed class EmulatorCommandLine
{
    private const string Usage = "usage: Kube.Emulator [--port N] [--kubeconfig PATH] [--token T]\n  --port        TCP port on 127.0.0.1 (default 0: any free port)\n  --kubeconfig  where to write the kubeconfig (default ./kube-emulator.kubeconfig)\n  --token       bearer token every request must carry (default: none)";

    public KubeEmulatorOptions Options { get; } = new();

    public string KubeconfigPath { get; private set; } = Path.Combine(Environment.CurrentDirectory, "kube-emulator.kubeconfig");

    /// <summary>Parses the arguments, or writes the problem and the usage and returns null.</summary>
    public static EmulatorCommandLine? Parse(string[] args, TextWriter errors)
    {
        var result = new EmulatorCommandLine();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "-h" or "--help")
            {
                errors.WriteLine(Usage);
                return null;
            }

            if (i + 1 >= args.Length)
            {
                errors.WriteLine($"option \"{name}\" needs a value\n{Usage}");
                return null;
            }

            string value = args[++i];
            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535:
                    result.Options.Port = port;
                    break;
                case "--port":
                    errors.WriteLine($"--port \"{value}\" is invalid: use 0 for any free port or a value from 1 to 65535");
                    return null;
                case "--kubeconfig":
                    result.KubeconfigPath = Path.GetFullPath(value);
                    break;
                case "--token" when value.Length > 0:
                    result.Options.BearerToken = value;
                    break;
                default:
                    errors.WriteLine($"unknown option \"{name}\" or empty value\n{Usage}");
                    return null;
            }
        }

        return result;
    }
}
