using Kube.Emulator.Engine;
using Kube.Emulator.Resources;
using Kube.Emulator.Selectors;
using Kube.Emulator.Storage;
using Microsoft.AspNetCore.Http;

namespace Kube.Emulator.Api;

/// <summary>One resource request with its parsed query parameters.</summary>
internal sealed class ResourceRequest(HttpContext context, RequestInfo info, ResourceType type, string? ns, KubeEmulatorOptions options)
{
    public HttpContext Context { get; } = context;

    public RequestInfo Info { get; } = info;

    public ResourceType Type { get; } = type;

    /// <summary>The namespace of the request, or null for cluster-scoped and all-namespace requests.</summary>
    public string? Namespace { get; } = ns;

    public string Name => Info.Name!;

    /// <summary>The name in a create request's body, for the journal and fault rules.</summary>
    public string? CreatedName { get; set; }

    public KubeEmulatorOptions Options { get; } = options;

    public string? Query(string name) => Context.Request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    public bool QueryFlag(string name) => Query(name) is "true" or "1";

    /// <summary>Whether the Accept header requests a meta.k8s.io Table.</summary>
    public bool WantsTable => Context.Request.Headers.Accept.ToString().Contains("as=Table", StringComparison.Ordinal);

    public WriteOptions WriteOptions() => new()
    {
        DryRun = Query("dryRun") == "All",
        FieldValidation = Query("fieldValidation") switch
        {
            "Strict" => FieldValidation.Strict,
            "Ignore" => FieldValidation.Ignore,
            null or "" or "Warn" => FieldValidation.Warn,
            string other => throw ApiException.BadRequest($"fieldValidation \"{other}\" is invalid: use Ignore, Warn or Strict"),
        },
    };

    /// <summary>Builds the selection of the labelSelector and fieldSelector parameters.</summary>
    public Func<StoredObject, bool> Selection()
    {
        LabelSelector labels = LabelSelector.Parse(Query("labelSelector"));
        FieldSelector fields = FieldSelector.Parse(Query("fieldSelector"), Type.SelectableFields.Keys);
        if (labels.IsEmpty)
        {
            return fields.Matches;
        }

        return obj => labels.Matches(obj.Labels) && fields.Matches(obj);
    }

    public string StoreNamespace => Type.Namespaced ? Namespace ?? string.Empty : string.Empty;
}
