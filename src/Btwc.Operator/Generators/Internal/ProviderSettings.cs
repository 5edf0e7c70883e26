using Btwc.Client;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Conditions;

namespace Btwc.Operator.Generators.Internal;

/// <summary>
/// The validated connection settings of one generator: where to call, what to generate, and where the token
/// and CA live. Validation messages name the field, the value and the fix.
/// </summary>
internal sealed record ProviderSettings(
    string ApiUrl,
    string SiteId,
    SecretPath Path,
    string TokenNamespace,
    string TokenName,
    string TokenKey,
    BeyondtrustWorkloadCredentialsProvider Provider)
{
    public string Partition => ApiUrl + "/" + SiteId;

    public static ProviderSettings From(ResolvedGenerator generator, string externalSecretNamespace)
    {
        var source = generator.DisplayName;
        var provider = generator.Spec.Provider
            ?? throw Invalid($"{source} has no spec.provider. Add the provider block with auth, server and folderPath.");
        var server = provider.Server
            ?? throw Invalid($"{source} has no spec.provider.server. Set server.apiUrl and server.siteId.");

        if (!BtwcValidation.TryValidateApiUrl(server.ApiUrl, out var apiUrl, out var urlError))
        {
            throw Invalid($"{source} {AsField(urlError, "ApiUrl", "spec.provider.server.apiUrl")}");
        }

        if (!BtwcValidation.TryValidateSiteId(server.SiteId, out var siteError))
        {
            throw Invalid($"{source} {AsField(siteError, "SiteId", "spec.provider.server.siteId")}");
        }

        if (string.IsNullOrEmpty(provider.FolderPath))
        {
            throw Invalid($"{source} has no spec.provider.folderPath. Set it to the dynamic secret's path, such as \"production/aws-temp\".");
        }

        if (!SecretPath.TryParse(provider.FolderPath, out var path, out var pathError))
        {
            throw Invalid($"{source} spec.provider.folderPath is invalid: {pathError}");
        }

        var token = provider.Auth?.Apikey?.Token
            ?? throw Invalid($"{source} has no spec.provider.auth.apikey.token. Name the Secret and key that contain the API token.");
        if (string.IsNullOrEmpty(token.Name))
        {
            throw Invalid($"{source} spec.provider.auth.apikey.token.name is empty. Set it to the name of the Secret that contains the API token.");
        }

        if (string.IsNullOrEmpty(token.Key))
        {
            throw Invalid($"{source} spec.provider.auth.apikey.token.key is empty. Set it to the Secret key that contains the API token, such as \"token\".");
        }

        var tokenNamespace = ReferenceNamespace(generator, externalSecretNamespace, token.Namespace, "spec.provider.auth.apikey.token.namespace");

        return new ProviderSettings(apiUrl, server.SiteId!, path, tokenNamespace, token.Name, token.Key, provider);
    }

    /// <summary>
    /// Returns the namespace a credential reference reads from. A namespaced generator reads only from the
    /// ExternalSecret's namespace; a ClusterGenerator may name another namespace.
    /// </summary>
    public static string ReferenceNamespace(ResolvedGenerator generator, string externalSecretNamespace, string? requested, string fieldPath)
    {
        if (string.IsNullOrEmpty(requested) || requested == externalSecretNamespace)
        {
            return externalSecretNamespace;
        }

        if (generator.IsClusterScoped)
        {
            return requested;
        }

        throw Invalid($"{generator.DisplayName} {fieldPath} is \"{requested}\", but a namespaced generator may read only from its own namespace \"{externalSecretNamespace}\". Remove the namespace, or use a ClusterGenerator.");
    }

    public static GeneratorException Invalid(string message) =>
        new(FailureClass.Configuration, ConditionReasons.InvalidGenerator, message);

    /// <summary>
    /// Names the manifest field in a client validation message, which names the client option
    /// (<c>ApiUrl "http://..." uses the scheme "http"...</c> becomes <c>spec.provider.server.apiUrl "http://..." ...</c>).
    /// </summary>
    private static string AsField(string? message, string option, string field) =>
        message is not null && message.StartsWith(option + " ", StringComparison.Ordinal)
            ? field + message[option.Length..]
            : $"{field} is invalid: {message}";
}
