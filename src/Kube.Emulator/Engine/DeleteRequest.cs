namespace Kube.Emulator.Engine;

/// <summary>The dependents policy of a delete: <c>propagationPolicy</c> of DeleteOptions.</summary>
internal enum PropagationPolicy
{
    Background,
    Foreground,
    Orphan,
}

/// <summary>The DeleteOptions of one delete request.</summary>
internal sealed record DeleteRequest(PropagationPolicy Policy, string? PreconditionUid, string? PreconditionResourceVersion, bool DryRun)
{
    public static DeleteRequest Default { get; } = new(PropagationPolicy.Background, null, null, false);
}
