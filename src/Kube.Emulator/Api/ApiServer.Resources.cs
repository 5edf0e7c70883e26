using Kube.Emulator.Faults;
using Kube.Emulator.Journal;
using Kube.Emulator.Resources;
using Microsoft.AspNetCore.Http;

namespace Kube.Emulator.Api;

internal sealed partial class ApiServer
{
    private async Task HandleResourceAsync(HttpContext context, RequestInfo info)
    {
        ResourceType type = Cluster.Registry.Find(info.Group, info.Version, info.Resource) ?? throw ApiException.NotFoundPath();
        string verb = VerbOf(context.Request, info);
        string? ns = info.Namespace;
        ResourceRequest? request = null;
        try
        {
            if (ns is not null && !type.Namespaced)
            {
                throw ApiException.NotFoundPath();
            }

            if (info.Subresource is { } subresource && !(subresource == "status" && type.HasStatus))
            {
                throw ApiException.NotFoundPath();
            }

            if (info.Subresource is not null && verb is not ("get" or "update" or "patch"))
            {
                throw ApiException.MethodNotAllowed($"the server does not allow this method on the requested resource: {context.Request.Method}");
            }

            if (verb != "create")
            {
                InjectFault(context, verb, info, info.Name);
            }

            request = new ResourceRequest(context, info, type, ns, Cluster.Options);
            await DispatchAsync(verb, request).ConfigureAwait(false);
        }
        finally
        {
            string? name = info.Name ?? request?.CreatedName;
            Journal.Add(new JournalEntry(Cluster.Time.GetUtcNow(), verb, info.Group, info.Resource, info.Subresource, ns, name, context.Response.StatusCode));
        }
    }

    private Task DispatchAsync(string verb, ResourceRequest request) => verb switch
    {
        "get" => GetAsync(request),
        "list" => ListAsync(request),
        "watch" => WatchAsync(request),
        "create" => CreateAsync(request),
        "update" => UpdateAsync(request),
        "patch" => PatchAsync(request),
        "delete" => DeleteAsync(request),
        "deletecollection" => DeleteCollectionAsync(request),
        _ => throw ApiException.MethodNotAllowed($"the server does not allow this method on the requested resource: {request.Context.Request.Method}"),
    };

    private static string VerbOf(HttpRequest request, RequestInfo info)
    {
        string method = request.Method;
        bool named = info.Name is not null;
        if (HttpMethods.IsGet(method))
        {
            bool watch = info.WatchPrefix || request.Query["watch"] is { Count: > 0 } w && w[0] is "true" or "1";

            if (watch)
            {
                return "watch";
            }

            return named ? "get" : "list";
        }

        return method switch
        {
            "POST" when !named => "create",
            "PUT" when named => "update",
            "PATCH" when named => "patch",
            "DELETE" => named ? "delete" : "deletecollection",
            _ => method.ToLowerInvariant(),
        };
    }

    /// <summary>Fails the request when a fault rule matches it; a create matches by the name in its body.</summary>
    private void InjectFault(HttpContext context, string verb, RequestInfo info, string? name)
    {
        FaultRule? fault = Faults.TakeMatch(verb, info.Resource, info.Namespace, name, info.Subresource);
        if (fault is null)
        {
            return;
        }

        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        string reason = fault.StatusCode switch
        {
            400 => "BadRequest",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "NotFound",
            409 => "Conflict",
            410 => "Expired",
            422 => "Invalid",
            429 => "TooManyRequests",
            503 => "ServiceUnavailable",
            504 => "Timeout",
            _ => "InternalError",
        };
        string target = name is null ? info.Resource : $"{info.Resource} \"{name}\"";

        throw new ApiException(fault.StatusCode, reason, fault.Message ?? $"injected fault: {verb} {target} failed with {fault.StatusCode}");
    }
}
