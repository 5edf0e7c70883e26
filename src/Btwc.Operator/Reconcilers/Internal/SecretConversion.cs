using Btwc.Operator.Decisions.Mutation;
using Btwc.Operator.Decisions.Refresh;
using k8s.Models;

namespace Btwc.Operator.Reconcilers.Internal;

/// <summary>Converts between KubernetesClient's Secret and the plain records the decisions work on.</summary>
internal static class SecretConversion
{
    public static TargetState ToTargetState(V1Secret? secret) =>
        secret is null
            ? TargetState.Missing
            : TargetState.Of(ReadOnly(secret.Metadata?.Labels), ReadOnly(secret.Metadata?.Annotations), ReadOnlyData(secret.Data), secret.Immutable == true);

    public static ExistingSecret? ToExisting(V1Secret? secret)
    {
        if (secret is null)
        {
            return null;
        }

        return new ExistingSecret
        {
            Labels = ReadOnly(secret.Metadata?.Labels),
            Annotations = ReadOnly(secret.Metadata?.Annotations),
            Data = ReadOnlyData(secret.Data),
            OwnerReferences = secret.Metadata?.OwnerReferences?
                .Select(owner => new OwnerReferenceInfo(owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller, owner.BlockOwnerDeletion))
                .ToList() ?? [],
            Immutable = secret.Immutable == true,
        };
    }

    /// <summary>Builds the Secret to create, or applies the desired state onto the existing Secret to replace it.</summary>
    public static V1Secret ToV1Secret(DesiredSecret desired, V1Secret? existing)
    {
        var secret = existing ?? new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Type = "Opaque",
            Metadata = new V1ObjectMeta { Name = desired.Name, NamespaceProperty = desired.Namespace },
        };
        secret.Metadata.Labels = new Dictionary<string, string>(desired.Labels, StringComparer.Ordinal);
        secret.Metadata.Annotations = new Dictionary<string, string>(desired.Annotations, StringComparer.Ordinal);
        secret.Metadata.OwnerReferences = desired.OwnerReferences.Count == 0
            ? null
            : desired.OwnerReferences
                .Select(owner => new V1OwnerReference
                {
                    ApiVersion = owner.ApiVersion,
                    Kind = owner.Kind,
                    Name = owner.Name,
                    Uid = owner.Uid,
                    Controller = owner.Controller,
                    BlockOwnerDeletion = owner.BlockOwnerDeletion,
                })
                .ToList();
        secret.Data = new Dictionary<string, byte[]>(desired.Data, StringComparer.Ordinal);
        secret.StringData = null;
        secret.Immutable = desired.Immutable ? true : secret.Immutable;

        return secret;
    }

    private static IReadOnlyDictionary<string, string> ReadOnly(IDictionary<string, string>? map) =>
        map is null ? new Dictionary<string, string>() : new Dictionary<string, string>(map, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, byte[]> ReadOnlyData(IDictionary<string, byte[]>? map) =>
        map is null ? new Dictionary<string, byte[]>() : new Dictionary<string, byte[]>(map, StringComparer.Ordinal);
}
