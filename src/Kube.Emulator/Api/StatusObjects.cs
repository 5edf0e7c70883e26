using System.Text.Json.Nodes;

namespace Kube.Emulator.Api;

/// <summary>Builds <c>meta/v1 Status</c> objects.</summary>
internal static class StatusObjects
{
    public static JsonObject Failure(ApiException error)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = error.Message,
            ["reason"] = error.Reason,
        };
        if (error.Details is { } details)
        {
            status["details"] = Details(details);
        }

        status["code"] = error.Code;

        return status;
    }

    public static JsonObject Success(StatusDetails details) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Success",
        ["details"] = Details(details),
    };

    private static JsonObject Details(StatusDetails details)
    {
        var node = new JsonObject();
        if (details.Name is not null)
        {
            node["name"] = details.Name;
        }

        if (!string.IsNullOrEmpty(details.Group))
        {
            node["group"] = details.Group;
        }

        if (details.Kind is not null)
        {
            node["kind"] = details.Kind;
        }

        if (details.Uid is not null)
        {
            node["uid"] = details.Uid;
        }

        if (details.Causes is { Count: > 0 } causes)
        {
            var array = new JsonArray();
            foreach (StatusCause cause in causes)
            {
                array.Add(new JsonObject { ["reason"] = cause.Reason, ["message"] = cause.Message, ["field"] = cause.Field });
            }

            node["causes"] = array;
        }

        return node;
    }
}
