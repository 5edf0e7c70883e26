using Btwc.Cli.Dev;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>Manifests for the end-to-end tests, in the shape of the product document's examples.</summary>
internal static class Manifests
{
    public static string Generator(
        string name = "gen",
        string folderPath = DevStack.DynamicSecretPath,
        string apiUrl = DevStack.ExampleApiUrl,
        string siteId = DevStack.SiteId,
        string tokenSecret = "api-token",
        string caSecret = "my-ca-bundle") => $"""
        apiVersion: generators.external-secrets.io/v1alpha1
        kind: BeyondtrustWorkloadCredentialsDynamicSecret
        metadata:
          name: {name}
        spec:
          provider:
            auth:
              apikey:
                token:
                  name: {tokenSecret}
                  key: token
            server:
              apiUrl: "{apiUrl}"
              siteId: "{siteId}"
            folderPath: "{folderPath}"
            caProvider:
              type: Secret
              name: {caSecret}
              key: ca.crt
        """;

    public static string ExternalSecret(
        string name,
        string target,
        string generator = "gen",
        string creationPolicy = "Owner",
        string deletionPolicy = "Retain",
        string refreshInterval = "1h",
        string generatorKind = "BeyondtrustWorkloadCredentialsDynamicSecret",
        string extraSpec = "") => $"""
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: {name}
        spec:
          refreshInterval: {refreshInterval}
          target:
            name: {target}
            creationPolicy: {creationPolicy}
            deletionPolicy: {deletionPolicy}
          dataFrom:
            - sourceRef:
                generatorRef:
                  apiVersion: generators.external-secrets.io/v1alpha1
                  kind: {generatorKind}
                  name: {generator}
        {extraSpec}
        """;
}
