using System.Text;
using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Mutation;

namespace Btwc.Operator.Tests.Decisions.Mutation;

/// <summary>Builds planner inputs for ExternalSecret team-a/aws-creds writing Secret aws-creds.</summary>
internal static class MutationInputs
{
    public static readonly ExternalSecretIdentity ExternalSecret = new()
    {
        Namespace = "team-a",
        Name = "aws-creds",
        Uid = "uid-1",
        Labels = new Dictionary<string, string> { ["team"] = "x" },
        Annotations = new Dictionary<string, string> { ["note"] = "n" },
    };

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static IReadOnlyList<KeyValuePair<string, byte[]>> Credential(string suffix = "1") =>
    [
        new("accessKeyId", Bytes("AKIA" + suffix)),
        new("secretAccessKey", Bytes("S" + suffix)),
        new("leaseId", Bytes("lease-" + suffix)),
        new("expiration", Bytes("2026-01-01T13:00:00Z")),
    ];

    public static SecretMutationInput Input(CreationPolicy policy, ExistingSecret? existing = null) => new()
    {
        ExternalSecret = ExternalSecret,
        Target = new TargetSpec { CreationPolicy = policy },
        Existing = existing,
        ProviderData = Credential(),
    };

    /// <summary>Turns a planned Secret into the existing Secret the next reconcile sees.</summary>
    public static ExistingSecret AsExisting(DesiredSecret secret) => new()
    {
        Labels = secret.Labels,
        Annotations = secret.Annotations,
        Data = secret.Data,
        OwnerReferences = secret.OwnerReferences,
        Immutable = secret.Immutable,
    };

    public static ExistingSecret Foreign(params string[] keys) => new()
    {
        Data = keys.ToDictionary(key => key, Bytes),
        Labels = new Dictionary<string, string> { ["app"] = "db" },
    };

    public static string Text(IReadOnlyDictionary<string, byte[]> data, string key) => Encoding.UTF8.GetString(data[key]);
}
