namespace Kube.Emulator.Api;

/// <summary>A request failure that the server returns as a <c>Status</c> object.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int code, string reason, string message, StatusDetails? details = null)
        : base(message)
    {
        Code = code;
        Reason = reason;
        Details = details;
    }

    public int Code { get; }

    public string Reason { get; }

    public StatusDetails? Details { get; }

    public static ApiException NotFound(string qualifiedResource, string name) =>
        new(404, "NotFound", name.Length == 0 ? $"{qualifiedResource} not found" : $"{qualifiedResource} \"{name}\" not found", new StatusDetails(name, null, Kind(qualifiedResource)));

    public static ApiException NotFoundPath() =>
        new(404, "NotFound", "the server could not find the requested resource");

    public static ApiException AlreadyExists(string qualifiedResource, string name) =>
        new(409, "AlreadyExists", $"{qualifiedResource} \"{name}\" already exists", new StatusDetails(name, null, Kind(qualifiedResource)));

    public static ApiException Conflict(string qualifiedResource, string name, string detail) =>
        new(409, "Conflict", $"Operation cannot be fulfilled on {qualifiedResource} \"{name}\": {detail}", new StatusDetails(name, null, Kind(qualifiedResource)));

    public static ApiException StaleUpdate(string qualifiedResource, string name) =>
        Conflict(qualifiedResource, name, "the object has been modified; please apply your changes to the latest version and try again");

    public static ApiException BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiException Gone(string message) => new(410, "Expired", message);

    public static ApiException Invalid(string kind, string group, string name, IReadOnlyList<StatusCause> causes)
    {
        string qualifiedKind = group.Length == 0 ? kind : $"{kind}.{group}";
        string joined = causes.Count == 1 ? causes[0].ToString() : "[" + string.Join(", ", causes) + "]";

        return new(422, "Invalid", $"{qualifiedKind} \"{name}\" is invalid: {joined}", new StatusDetails(name, group, kind, causes));
    }

    public static ApiException MethodNotAllowed(string message) => new(405, "MethodNotAllowed", message);

    public static ApiException UnsupportedMediaType(string contentType) =>
        new(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/merge-patch+json, application/json-patch+json, application/strategic-merge-patch+json (got \"{contentType}\")");

    public static ApiException TooLarge(string message) => new(413, "RequestEntityTooLarge", message);

    private static string Kind(string qualifiedResource)
    {
        int dot = qualifiedResource.IndexOf('.', StringComparison.Ordinal);

        return dot < 0 ? qualifiedResource : qualifiedResource[..dot];
    }
}

/// <summary>The <c>details</c> of a Status.</summary>
internal sealed record StatusDetails(string? Name, string? Group, string? Kind, IReadOnlyList<StatusCause>? Causes = null, string? Uid = null);
