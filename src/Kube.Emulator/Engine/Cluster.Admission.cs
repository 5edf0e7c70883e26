using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;
using Kube.Emulator.Validation;

namespace Kube.Emulator.Engine;

internal sealed partial class Cluster
{
    private static readonly HashSet<string> MetadataFields =
    [
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers", "managedFields",
    ];

    /// <summary>Checks the body's apiVersion and kind against the endpoint and fills them in when missing.</summary>
    public static void CheckTypeMeta(ResourceType type, JsonObject body)
    {
        string? apiVersion = (string?)body["apiVersion"];
        string? kind = (string?)body["kind"];
        if (!string.IsNullOrEmpty(kind) && kind != type.Kind)
        {
            throw ApiException.BadRequest($"{type.Kind} in version \"{type.Version}\" cannot be handled as a {kind}: no kind \"{kind}\" is registered for version \"{apiVersion ?? type.ApiVersion}\"");
        }

        if (!string.IsNullOrEmpty(apiVersion) && apiVersion != type.ApiVersion)
        {
            throw ApiException.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({type.ApiVersion})");
        }

        body["apiVersion"] = type.ApiVersion;
        body["kind"] = type.Kind;
        if (body["metadata"] is not JsonObject)
        {
            body["metadata"] = new JsonObject();
        }
    }

    /// <summary>
    /// Validates and defaults an object before it is stored: unknown fields by the fieldValidation directive, the
    /// kind's own rules, metadata rules and a custom resource's schema. Throws 400 or 422 as the real server does.
    /// </summary>
    private void Admit(ResourceType type, JsonObject served, JsonObject? oldServed, WriteOptions options)
    {
        var causes = new List<StatusCause>();
        var unknown = new List<string>();
        JsonObject metadata = (JsonObject)served["metadata"]!;
        unknown.AddRange(metadata.Select(p => p.Key).Where(k => !MetadataFields.Contains(k)).Select(k => "metadata." + k));
        if (type.KnownTopLevelFields is { } known)
        {
            unknown.AddRange(served.Select(p => p.Key).Where(k => !known.Contains(k)));
        }

        if (type.Custom is { } custom)
        {
            CustomSchemas.Apply(custom, served, options.FieldValidation, causes, unknown);
        }

        if (unknown.Count > 0)
        {
            HandleUnknownFields(type, served, unknown, options);
        }

        if (type.Behavior is { } behavior)
        {
            if (oldServed is null)
            {
                behavior.PrepareForCreate(served, causes);
            }
            else
            {
                behavior.PrepareForUpdate(served, oldServed, causes);
            }
        }

        NameRules.ValidateMetadata(metadata, type.NameIsLabel, causes);
        if (IsCrd(type))
        {
            CrdValidation.Validate(served, oldServed, causes);
        }

        if (causes.Count > 0)
        {
            throw ApiException.Invalid(type.Kind, type.Group, (string?)metadata["name"] ?? string.Empty, causes);
        }
    }

    private static void HandleUnknownFields(ResourceType type, JsonObject served, List<string> unknown, WriteOptions options)
    {
        switch (options.FieldValidation)
        {
            case FieldValidation.Strict:
                string list = string.Join(", ", unknown.Select(f => $"unknown field \"{f}\""));
                throw ApiException.BadRequest($"{type.Kind} in version \"{type.Version}\" cannot be handled as a {type.Kind}: strict decoding error: {list}");
            case FieldValidation.Warn:
                options.Warnings.AddRange(unknown.Select(f => $"unknown field \"{f}\""));
                break;
        }

        JsonObject metadata = (JsonObject)served["metadata"]!;
        foreach (string field in unknown)
        {
            if (field.StartsWith("metadata.", StringComparison.Ordinal))
            {
                metadata.Remove(field["metadata.".Length..]);
            }
            else if (type.KnownTopLevelFields is not null)
            {
                served.Remove(field);
            }
        }
    }
}
