using System.Text.Json.Serialization;
using Btwc.Operator.Api.Schema;

namespace Btwc.Operator.Api.ExternalSecrets;

/// <summary>
/// The provider block of a store. External Secrets defines many providers. This operator serves only
/// <c>beyondtrustworkloadcredentials</c>, so a store for any other provider is rejected by the API server.
/// </summary>
/// <remarks>
/// The schema declares only the BeyondTrust Workload Credentials key and requires exactly one key. The API
/// server drops an undeclared provider key (and <c>kubectl</c>'s default strict field validation reports it
/// as an unknown field), which leaves the block empty, so the minimum-properties check and the CEL rule
/// reject the store with a message naming the supported provider. A store is never stored without a provider.
/// </remarks>
[PropertyCount(1, 1)]
public sealed class SecretStoreProvider
{
    /// <summary>The property name of the BeyondTrust Workload Credentials provider, all lower case as External Secrets spells it.</summary>
    public const string BeyondtrustWorkloadCredentialsKey = "beyondtrustworkloadcredentials";

    /// <summary>The BeyondTrust Workload Credentials provider.</summary>
    /// <remarks>The C# name matches the lower-case JSON name because <c>KubernetesYaml</c> derives YAML names from C# names.</remarks>
    [JsonPropertyName(BeyondtrustWorkloadCredentialsKey)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BeyondtrustWorkloadCredentialsProvider? Beyondtrustworkloadcredentials { get; set; }
}
