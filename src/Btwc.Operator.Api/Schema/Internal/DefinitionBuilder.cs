using System.Reflection;
using k8s.Models;

namespace Btwc.Operator.Api.Schema.Internal;

/// <summary>Assembles a CustomResourceDefinition from a resource type's attributes and its schema.</summary>
internal sealed class DefinitionBuilder(SchemaBuilder schemas)
{
    /// <summary>Labels on every CRD: the component label External Secrets sets, and the product name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["app.kubernetes.io/part-of"] = "btwc-operator",
        ["external-secrets.io/component"] = "controller",
    };

    public V1CustomResourceDefinition Build(Type resourceType)
    {
        var entity = resourceType.GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new InvalidOperationException($"The type '{resourceType}' has no [KubernetesEntity] attribute.");
        var resource = resourceType.GetCustomAttribute<CustomResourceAttribute>()
            ?? throw new InvalidOperationException($"The type '{resourceType}' has no [CustomResource] attribute.");

        var versions = new List<V1CustomResourceDefinitionVersion> { ServedVersion(resourceType, entity, resource) };
        if (entity.Group == ExternalSecrets.ExternalSecretsGroup.Name)
        {
            versions.Add(RetiredVersion("v1beta1"));
        }

        return new V1CustomResourceDefinition
        {
            ApiVersion = "apiextensions.k8s.io/v1",
            Kind = "CustomResourceDefinition",
            Metadata = new V1ObjectMeta
            {
                Name = entity.PluralName + "." + entity.Group,
                Labels = new Dictionary<string, string>(Labels),
            },
            Spec = new V1CustomResourceDefinitionSpec
            {
                Group = entity.Group,
                Names = new V1CustomResourceDefinitionNames
                {
                    Categories = resource.Categories.Length > 0 ? resource.Categories : null,
                    Kind = entity.Kind,
                    ListKind = entity.Kind + "List",
                    Plural = entity.PluralName,
                    ShortNames = resource.ShortNames.Length > 0 ? resource.ShortNames : null,
                    Singular = resource.Singular,
                },
                Scope = resource.ClusterScoped ? "Cluster" : "Namespaced",
                Versions = versions,
            },
        };
    }

    private V1CustomResourceDefinitionVersion ServedVersion(Type resourceType, KubernetesEntityAttribute entity, CustomResourceAttribute resource)
    {
        var columns = resourceType.GetCustomAttributes<PrinterColumnAttribute>()
            .OrderBy(column => column.Order)
            .Select(column => new V1CustomResourceColumnDefinition
            {
                JsonPath = column.JsonPath,
                Name = column.Name,
                Type = column.Type,
                Priority = column.Priority > 0 ? column.Priority : null,
            })
            .ToList();
        var selectableFields = resourceType.GetCustomAttributes<SelectableFieldAttribute>()
            .Select(field => new V1SelectableField { JsonPath = field.JsonPath })
            .ToList();

        return new V1CustomResourceDefinitionVersion
        {
            AdditionalPrinterColumns = columns.Count > 0 ? columns : null,
            Name = entity.ApiVersion,
            Schema = new V1CustomResourceValidation { OpenAPIV3Schema = schemas.BuildResource(resourceType) },
            SelectableFields = selectableFields.Count > 0 ? selectableFields : null,
            Served = true,
            Storage = true,
            Subresources = resource.StatusSubresource
                ? new V1CustomResourceSubresources { Status = new Dictionary<string, object>() }
                : null,
        };
    }

    // External Secrets still lists v1beta1 in these CRDs, not served and not stored. Clusters that ran an
    // older External Secrets may name v1beta1 in the CRD's status.storedVersions, and the API server rejects
    // a CRD update that drops a stored version. Listing it unserved keeps such an upgrade possible while
    // v1beta1 manifests are still rejected. Its schema is never used, so it only preserves every field.
    private static V1CustomResourceDefinitionVersion RetiredVersion(string name) => new()
    {
        Deprecated = true,
        Name = name,
        Schema = new V1CustomResourceValidation
        {
            OpenAPIV3Schema = new V1JSONSchemaProps { Type = "object", XKubernetesPreserveUnknownFields = true },
        },
        Served = false,
        Storage = false,
    };
}
