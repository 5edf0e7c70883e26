using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Api.Generators;
using Btwc.Operator.Runtime;

namespace Btwc.Operator.Hosting;

/// <summary>
/// Maps target Secrets and generators back to the ExternalSecrets that use them, so a change to either
/// re-queues exactly those ExternalSecrets.
/// </summary>
public sealed class ExternalSecretIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ObjectKey, Entry> _byExternalSecret = [];
    private readonly Dictionary<(string Kind, string? Namespace, string Name), HashSet<ObjectKey>> _byReference = [];

    /// <summary>Records (or replaces) what an ExternalSecret references.</summary>
    /// <param name="externalSecret">The ExternalSecret as last seen.</param>
    public void Update(ExternalSecret externalSecret)
    {
        ArgumentNullException.ThrowIfNull(externalSecret);
        var key = ObjectKey.From(externalSecret);
        var references = ReferencesOf(externalSecret).ToList();
        lock (_lock)
        {
            RemoveLocked(key);
            _byExternalSecret[key] = new Entry(references);
            foreach (var reference in references)
            {
                if (!_byReference.TryGetValue(reference, out var keys))
                {
                    keys = [];
                    _byReference[reference] = keys;
                }

                keys.Add(key);
            }
        }
    }

    /// <summary>Forgets a deleted ExternalSecret.</summary>
    /// <param name="key">The ExternalSecret's key.</param>
    public void Remove(ObjectKey key)
    {
        lock (_lock)
        {
            RemoveLocked(key);
        }
    }

    /// <summary>Gets the ExternalSecrets whose target is the given Secret.</summary>
    public IReadOnlyList<ObjectKey> ForTargetSecret(string namespaceName, string name) => Find(("Secret", namespaceName, name));

    /// <summary>Gets the ExternalSecrets that reference a namespaced generator.</summary>
    public IReadOnlyList<ObjectKey> ForGenerator(string namespaceName, string name) =>
        Find((GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret, namespaceName, name));

    /// <summary>Gets the ExternalSecrets that reference a ClusterGenerator.</summary>
    public IReadOnlyList<ObjectKey> ForClusterGenerator(string name) => Find((GeneratorKind.ClusterGenerator, null, name));

    private IReadOnlyList<ObjectKey> Find((string Kind, string? Namespace, string Name) reference)
    {
        lock (_lock)
        {
            return _byReference.TryGetValue(reference, out var keys) ? [.. keys] : [];
        }
    }

    private void RemoveLocked(ObjectKey key)
    {
        if (!_byExternalSecret.Remove(key, out var entry))
        {
            return;
        }

        foreach (var reference in entry.References)
        {
            if (_byReference.TryGetValue(reference, out var keys) && keys.Remove(key) && keys.Count == 0)
            {
                _byReference.Remove(reference);
            }
        }
    }

    private static IEnumerable<(string Kind, string? Namespace, string Name)> ReferencesOf(ExternalSecret externalSecret)
    {
        var namespaceName = externalSecret.Metadata.NamespaceProperty;
        var target = externalSecret.Spec.Target?.Name;
        yield return ("Secret", namespaceName, string.IsNullOrEmpty(target) ? externalSecret.Metadata.Name : target);

        foreach (var entry in externalSecret.Spec.DataFrom ?? [])
        {
            var reference = entry.SourceRef?.GeneratorRef;
            if (reference?.Name is not { Length: > 0 } name)
            {
                continue;
            }

            yield return reference.Kind == GeneratorKind.ClusterGenerator
                ? (GeneratorKind.ClusterGenerator, null, name)
                : (GeneratorKind.BeyondtrustWorkloadCredentialsDynamicSecret, namespaceName, name);
        }
    }

    private sealed record Entry(IReadOnlyList<(string Kind, string? Namespace, string Name)> References);
}
