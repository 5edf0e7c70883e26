using Microsoft.Extensions.Logging;

namespace Btwc.Cli.Dev;

/// <summary>Settings of the dev-mode stack.</summary>
public sealed class DevStackOptions
{
    /// <summary>Gets or sets the emulator's port on 127.0.0.1; 0 picks a free one. Default: 0.</summary>
    public int KubePort { get; set; }

    /// <summary>
    /// Gets or sets the simulator's port on 127.0.0.1; 0 picks a free one. Default: 9443, the port the example
    /// manifests name.
    /// </summary>
    public int SimulatorPort { get; set; } = 9443;

    /// <summary>Gets or sets the folder for the kubeconfig and the CA file. Default: <c>.dev</c>.</summary>
    public string StateDirectory { get; set; } = ".dev";

    /// <summary>Gets or sets the clock of the BeyondTrust simulator, which stamps credential expirations. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the clock of the Kubernetes emulator. Default: the system clock.</summary>
    public TimeProvider EmulatorTimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the logger factory of the servers, or null for none.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
