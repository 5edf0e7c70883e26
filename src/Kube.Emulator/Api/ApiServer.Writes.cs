using System.Text.Json.Nodes;
using Kube.Emulator.Engine;
using Kube.Emulator.Patching;
using Microsoft.AspNetCore.Http;

namespace Kube.Emulator.Api;

internal sealed partial class ApiServer
{
    private async Task CreateAsync(ResourceRequest request)
    {
        JsonObject body = await ReadObjectAsync(request).ConfigureAwait(false);
        request.CreatedName = (string?)body["metadata"]?["name"];
        InjectFault(request.Context, "create", request.Info, request.CreatedName);
        WriteOptions options = request.WriteOptions();
        byte[] created = Cluster.Create(request.Type, body, request.Type.Namespaced ? request.Namespace : null, options);
        await WriteResultAsync(request, 201, created, options).ConfigureAwait(false);
    }

    private async Task UpdateAsync(ResourceRequest request)
    {
        JsonObject body = await ReadObjectAsync(request).ConfigureAwait(false);
        WriteOptions options = request.WriteOptions();
        byte[] updated = Cluster.Update(request.Type, request.StoreNamespace, request.Name, request.Info.Subresource, _ => body, options);
        await WriteResultAsync(request, 200, updated, options).ConfigureAwait(false);
    }

    private async Task PatchAsync(ResourceRequest request)
    {
        string mediaType = HttpIo.MediaType(request.Context.Request);
        byte[] bytes = await HttpIo.ReadBytesAsync(request.Context.Request, Cluster.Options.MaxRequestBodyBytes, request.Context.RequestAborted).ConfigureAwait(false);
        WriteOptions options = request.WriteOptions();
        byte[] result;
        switch (mediaType)
        {
            case "application/merge-patch+json":
            case "application/strategic-merge-patch+json":
                JsonNode? merge = HttpIo.Parse(bytes, mediaType);
                if (merge is not JsonObject)
                {
                    throw ApiException.BadRequest("the merge patch is invalid: the body must be a JSON object");
                }

                bool strategic = mediaType.StartsWith("application/strategic", StringComparison.Ordinal);
                result = Cluster.Update(request.Type, request.StoreNamespace, request.Name, request.Info.Subresource, old => (JsonObject)JsonMergePatch.Apply(old, merge, strategic)!, options);
                break;
            case "application/json-patch+json":
                JsonNode? operations = HttpIo.Parse(bytes, mediaType);
                result = Cluster.Update(request.Type, request.StoreNamespace, request.Name, request.Info.Subresource, old => JsonPatch.Apply(old!, operations) as JsonObject ?? throw ApiException.BadRequest("the JSON patch turned the object into something that is not a JSON object"), options);
                break;
            case "application/apply-patch+yaml":
            case "application/apply-patch+json":
                JsonObject applied = HttpIo.ParseObject(bytes, mediaType);
                result = Cluster.Update(request.Type, request.StoreNamespace, request.Name, request.Info.Subresource, old => old is null ? applied.DeepClone().AsObject() : (JsonObject)JsonMergePatch.Apply(old, applied, strategic: true)!, options, createIfMissing: true);
                break;
            default:
                throw ApiException.UnsupportedMediaType(request.Context.Request.ContentType ?? string.Empty);
        }

        await WriteResultAsync(request, 200, result, options).ConfigureAwait(false);
    }

    private async Task DeleteAsync(ResourceRequest request)
    {
        DeleteRequest delete = await ReadDeleteOptionsAsync(request).ConfigureAwait(false);
        (JsonObject last, bool removed) = Cluster.Delete(request.Type, request.StoreNamespace, request.Name, delete);
        if (removed && request.Type.Custom is null)
        {
            var details = new StatusDetails(request.Name, request.Type.Group, request.Type.Plural, null, (string?)last["metadata"]?["uid"]);
            await HttpIo.WriteAsync(request.Context, 200, StatusObjects.Success(details)).ConfigureAwait(false);
            return;
        }

        await HttpIo.WriteAsync(request.Context, 200, last).ConfigureAwait(false);
    }

    private async Task DeleteCollectionAsync(ResourceRequest request)
    {
        DeleteRequest delete = await ReadDeleteOptionsAsync(request).ConfigureAwait(false);
        IReadOnlyList<JsonObject> deleted = Cluster.DeleteCollection(request.Type, request.Type.Namespaced ? request.Namespace : null, request.Selection(), delete);
        var list = new JsonObject
        {
            ["kind"] = request.Type.ListKind,
            ["apiVersion"] = request.Type.ApiVersion,
            ["metadata"] = new JsonObject(),
            ["items"] = new JsonArray(deleted.Select(d => (JsonNode?)d).ToArray()),
        };
        await HttpIo.WriteAsync(request.Context, 200, list).ConfigureAwait(false);
    }

    private async Task<JsonObject> ReadObjectAsync(ResourceRequest request)
    {
        string mediaType = HttpIo.MediaType(request.Context.Request);
        if (mediaType == "application/vnd.kubernetes.protobuf")
        {
            byte[] proto = await HttpIo.ReadBytesAsync(request.Context.Request, Cluster.Options.MaxRequestBodyBytes, request.Context.RequestAborted).ConfigureAwait(false);
            return Protobuf.ProtobufDecoder.Decode(proto);
        }

        if (mediaType is not ("application/json" or "application/yaml" or "text/yaml" or "application/x-yaml" or "" or "*/*"))
        {
            throw ApiException.UnsupportedMediaType(request.Context.Request.ContentType ?? string.Empty);
        }

        byte[] bytes = await HttpIo.ReadBytesAsync(request.Context.Request, Cluster.Options.MaxRequestBodyBytes, request.Context.RequestAborted).ConfigureAwait(false);

        return HttpIo.ParseObject(bytes, mediaType);
    }

    private async Task<DeleteRequest> ReadDeleteOptionsAsync(ResourceRequest request)
    {
        string? policyText = request.Query("propagationPolicy");
        string? uid = null;
        string? resourceVersion = null;
        bool dryRun = request.Query("dryRun") == "All";
        bool orphan = request.Query("orphanDependents") == "true";
        byte[] bytes = await HttpIo.ReadBytesAsync(request.Context.Request, Cluster.Options.MaxRequestBodyBytes, request.Context.RequestAborted).ConfigureAwait(false);
        if (bytes.Length > 0 && HttpIo.Parse(bytes, HttpIo.MediaType(request.Context.Request)) is JsonObject options)
        {
            policyText = (string?)options["propagationPolicy"] ?? policyText;
            uid = (string?)options["preconditions"]?["uid"];
            resourceVersion = (string?)options["preconditions"]?["resourceVersion"];
            dryRun |= options["dryRun"] is JsonArray modes && modes.Any(m => (string?)m == "All");
            orphan |= (bool?)options["orphanDependents"] == true;
        }

        PropagationPolicy policy = policyText switch
        {
            null or "" => orphan ? PropagationPolicy.Orphan : PropagationPolicy.Background,
            "Background" => PropagationPolicy.Background,
            "Foreground" => PropagationPolicy.Foreground,
            "Orphan" => PropagationPolicy.Orphan,
            _ => throw ApiException.Invalid("DeleteOptions", "meta.k8s.io", string.Empty, [StatusCause.NotSupported("propagationPolicy", policyText, ["Foreground", "Background", "Orphan"])]),
        };

        return new DeleteRequest(policy, uid, resourceVersion, dryRun);
    }

    private static async Task WriteResultAsync(ResourceRequest request, int statusCode, byte[] result, WriteOptions options)
    {
        foreach (string warning in options.Warnings.Distinct(StringComparer.Ordinal))
        {
            request.Context.Response.Headers.Append("Warning", $"299 - \"{warning.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        }

        await HttpIo.WriteRawAsync(request.Context, statusCode, result).ConfigureAwait(false);
    }
}
