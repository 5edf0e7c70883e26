using System.Text;
using Btwc.Operator.Api.ExternalSecrets;

namespace Btwc.Operator.Generators.Internal;

/// <summary>
/// Loads the PEM CA bundle of a generator from <c>caBundle</c> or <c>caProvider</c>. Both accept PEM text or
/// Base64-encoded PEM; a rotated CA Secret or ConfigMap is read again on the next generation.
/// </summary>
internal static class CaBundleLoader
{
    private const string PemMarker = "-----BEGIN CERTIFICATE-----";

    public static async ValueTask<string?> LoadAsync(
        ResolvedGenerator generator,
        string externalSecretNamespace,
        ICredentialReader reader,
        CancellationToken cancellationToken)
    {
        var provider = generator.Spec.Provider!;
        var source = generator.DisplayName;
        if (!string.IsNullOrWhiteSpace(provider.CaBundle))
        {
            return ToPem(Encoding.UTF8.GetBytes(provider.CaBundle), $"{source} spec.provider.caBundle");
        }

        if (provider.CaProvider is not { } caProvider)
        {
            return null;
        }

        return await LoadFromProviderAsync(generator, caProvider, externalSecretNamespace, reader, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<string> LoadFromProviderAsync(
        ResolvedGenerator generator,
        CAProvider caProvider,
        string externalSecretNamespace,
        ICredentialReader reader,
        CancellationToken cancellationToken)
    {
        var source = generator.DisplayName;
        if (string.IsNullOrEmpty(caProvider.Name) || string.IsNullOrEmpty(caProvider.Key))
        {
            throw ProviderSettings.Invalid($"{source} spec.provider.caProvider needs both name and key. Name the {caProvider.Type ?? "Secret"} and the key that contains the PEM CA bundle, such as \"ca.crt\".");
        }

        var namespaceName = ProviderSettings.ReferenceNamespace(generator, externalSecretNamespace, caProvider.Namespace, "spec.provider.caProvider.namespace");
        var isConfigMap = caProvider.Type == CAProviderType.ConfigMap;
        var result = isConfigMap
            ? await reader.ReadConfigMapKeyAsync(namespaceName, caProvider.Name, caProvider.Key, cancellationToken).ConfigureAwait(false)
            : await reader.ReadSecretKeyAsync(namespaceName, caProvider.Name, caProvider.Key, cancellationToken).ConfigureAwait(false);
        var kind = isConfigMap ? "ConfigMap" : "Secret";
        if (!result.ObjectFound)
        {
            throw ProviderSettings.Invalid($"{source} spec.provider.caProvider: {kind} \"{caProvider.Name}\" was not found in namespace \"{namespaceName}\". Create it with the PEM CA bundle under key \"{caProvider.Key}\".");
        }

        if (result.Value is null)
        {
            throw ProviderSettings.Invalid($"{source} spec.provider.caProvider: {kind} \"{caProvider.Name}\" in namespace \"{namespaceName}\" has no key \"{caProvider.Key}\". Add the PEM CA bundle under that key, or fix caProvider.key.");
        }

        return ToPem(result.Value, $"{source} spec.provider.caProvider ({kind} \"{caProvider.Name}\", key \"{caProvider.Key}\")");
    }

    private static string ToPem(byte[] content, string field)
    {
        var text = Encoding.UTF8.GetString(content).Trim();
        if (text.Contains(PemMarker, StringComparison.Ordinal))
        {
            return text;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(text));
            if (decoded.Contains(PemMarker, StringComparison.Ordinal))
            {
                return decoded;
            }
        }
        catch (FormatException)
        {
            // Neither PEM nor Base64: reported below.
        }

        throw ProviderSettings.Invalid($"{field} does not contain a PEM certificate. Provide PEM text starting with \"{PemMarker}\", or its Base64 encoding.");
    }
}
