namespace Btwc.Operator.Runtime.Informers;

/// <summary>The lifecycle of an informer of any kind, for hosts that start several and wait for all.</summary>
public interface IInformer
{
    /// <summary>The kind's name, for logs.</summary>
    string Kind { get; }

    /// <summary>Whether the first list has completed.</summary>
    bool HasSynced { get; }

    /// <summary>Starts listing and watching in the background.</summary>
    void Start();

    /// <summary>Waits until the first list has completed.</summary>
    Task WaitForSyncAsync(CancellationToken cancellationToken);

    /// <summary>Stops the watch and waits for the loop to end.</summary>
    Task StopAsync();
}
