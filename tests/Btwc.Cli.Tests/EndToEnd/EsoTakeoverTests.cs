using System.Text;
using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Decisions;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Simulator;
using k8s;
using k8s.Models;

namespace Btwc.Cli.Tests.EndToEnd;

/// <summary>An ExternalSecret and Secret left by ESO are taken over without minting a new credential.</summary>
public sealed class EsoTakeoverTests
{
    [Fact]
    public async Task EsoManagedSecret_IsTakenOverWithoutMinting()
    {
        await using var stack = await OperatorStack.StartAsync(startOperator: false);
        await stack.ApplyAsync(Manifests.Generator());
        await stack.ApplyAsync(Manifests.ExternalSecret("es", "target"));
        var externalSecret = (await stack.GetExternalSecretAsync("es"))!;
        var data = new Dictionary<string, byte[]>
        {
            ["accessKeyId"] = "ASIAESOWROTETHIS0001"u8.ToArray(),
            ["secretAccessKey"] = "eso-secret"u8.ToArray(),
            ["leaseId"] = "lease-from-eso"u8.ToArray(),
            ["expiration"] = Encoding.UTF8.GetBytes(DateTime.UtcNow.AddMinutes(50).ToString("yyyy-MM-ddTHH:mm:ssZ")),
        };
        await stack.Kubernetes.CoreV1.CreateNamespacedSecretAsync(
            new V1Secret
            {
                Metadata = new V1ObjectMeta
                {
                    Name = "target",
                    Labels = new Dictionary<string, string>
                    {
                        [EsoMetadata.ManagedLabel] = EsoMetadata.ManagedLabelValue,
                        [EsoMetadata.CreatedByLabel] = EsoHash.CreatedByLabelValue(OperatorStack.Namespace, "es"),
                    },
                    Annotations = new Dictionary<string, string> { [EsoMetadata.DataHashAnnotation] = EsoHash.DataHash(data) },
                    OwnerReferences = [new V1OwnerReference { ApiVersion = "external-secrets.io/v1", Kind = "ExternalSecret", Name = "es", Uid = externalSecret.Metadata.Uid, BlockOwnerDeletion = true, Controller = true }],
                },
                Data = data,
            },
            OperatorStack.Namespace);
        externalSecret.Status = new ExternalSecretStatus
        {
            RefreshTime = DateTime.UtcNow.AddMinutes(-10),
            SyncedResourceVersion = EsoHash.SyncedResourceVersion(externalSecret.Metadata.Generation ?? 1, externalSecret.Metadata.Labels, externalSecret.Metadata.Annotations),
            Conditions = [new ExternalSecretStatusCondition { Type = "Ready", Status = "True", Reason = "SecretSynced", Message = "secret synced", LastTransitionTime = DateTime.UtcNow.AddMinutes(-10) }],
            Binding = new V1LocalObjectReference { Name = "target" },
        };
        await stack.Kubernetes.CustomObjects.ReplaceNamespacedCustomObjectStatusAsync<ExternalSecret>(
            externalSecret, ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, OperatorStack.Namespace, ExternalSecret.KubePluralName, "es");

        await stack.StartOperatorAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(0, stack.Simulator.Journal.Count(SimulatorRoute.DynamicGenerate));
        var secret = await stack.GetSecretAsync("target");
        Assert.Equal("lease-from-eso", Encoding.UTF8.GetString(secret!.Data["leaseId"]));
        await stack.WaitForReadyAsync("es");
    }
}
