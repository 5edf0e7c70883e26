using Btwc.Operator.Runtime.Informers;

namespace Btwc.Operator.Tests.Runtime.Support;

/// <summary>An <see cref="IInformer"/> whose sync the test completes by hand.</summary>
internal sealed class ManualInformer : IInformer
{
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Kind => "Manual";

    public bool HasSynced => _synced.Task.IsCompleted;

    public bool Started { get; private set; }

    public bool Stopped { get; private set; }

    public void Sync() => _synced.TrySetResult();

    public void Start() => Started = true;

    public Task WaitForSyncAsync(CancellationToken cancellationToken) => _synced.Task.WaitAsync(cancellationToken);

    public Task StopAsync()
    {
        Stopped = true;

        return Task.CompletedTask;
    }
}
