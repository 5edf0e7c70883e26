using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Btwc.Simulator.Internal.Http;

/// <summary>A tenant request parsed from its raw target, so escaped names are decoded once (a literal <c>%41</c> stays <c>%41</c>).</summary>
internal readonly record struct TenantRequest(SimulatorRoute Route, string SiteId, string Folder, string Name, bool Recursive = false)
{
    /// <summary>The journal path: <c>folder/name</c>, the folder for a list, empty for the session.</summary>
    public string JournalPath => Name.Length == 0 ? Folder : SecretPaths.Key(Folder, Name);

    /// <summary>
    /// Matches <c>/site/{siteId}/secrets/...</c> against the tenant routes. Returns the HTTP status to send
    /// when it does not match (404 for an unknown path, 405 for a wrong method, 400 for a bad folder).
    /// </summary>
    public static int TryParse(HttpContext context, out TenantRequest request, out string problem)
    {
        request = default;
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var path = raw is { Length: > 0 } && raw[0] == '/' ? raw : (context.Request.Path.Value ?? string.Empty) + context.Request.QueryString.Value;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var queryText = query < 0 ? string.Empty : path[(query + 1)..];
        var segments = (query < 0 ? path : path[..query]).Split('/');
        if (segments.Length < 5 || segments[0].Length != 0 || segments[1] != "site" || segments[3] != "secrets" || segments[2].Length == 0)
        {
            problem = "no such endpoint: tenant routes start with /site/{siteId}/secrets/";

            return StatusCodes.Status404NotFound;
        }

        var siteId = Uri.UnescapeDataString(segments[2]);
        var method = context.Request.Method;
        var (route, name, expectedMethod) = segments.Length switch
        {
            5 when segments[4] == "session" => (SimulatorRoute.Session, string.Empty, HttpMethods.Get),
            5 when segments[4] == "static" => (SimulatorRoute.StaticList, string.Empty, HttpMethods.Get),
            6 when segments[4] == "static" && segments[5].Length > 0 => (SimulatorRoute.StaticGet, segments[5], HttpMethods.Get),
            6 when segments[4] == "dynamic" && segments[5].Length > 0 => (SimulatorRoute.DynamicGet, segments[5], HttpMethods.Get),
            7 when segments[4] == "dynamic" && segments[5].Length > 0 && segments[6] == "generate" => (SimulatorRoute.DynamicGenerate, segments[5], HttpMethods.Post),
            _ => ((SimulatorRoute?)null, string.Empty, string.Empty),
        };
        if (route is not { } matched)
        {
            problem = $"no such endpoint '{(query < 0 ? path : path[..query])}'";

            return StatusCodes.Status404NotFound;
        }

        if (!string.Equals(method, expectedMethod, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.Allow = expectedMethod;
            problem = $"method '{method}' is not allowed here: use {expectedMethod}";

            return StatusCodes.Status405MethodNotAllowed;
        }

        var folderParameter = matched == SimulatorRoute.StaticList ? "path" : "folder";
        var folderText = QueryValue(queryText, folderParameter) ?? string.Empty;
        if (folderText.Trim('/').Contains("//", StringComparison.Ordinal))
        {
            problem = $"{folderParameter} '{folderText}' has an empty segment";

            return StatusCodes.Status400BadRequest;
        }

        var recursive = matched == SimulatorRoute.StaticList && QueryValue(queryText, "recursive") is { } flag
            && (flag == "1" || flag.Equals("true", StringComparison.OrdinalIgnoreCase));
        request = new TenantRequest(matched, siteId, folderText.Trim('/'), name.Length == 0 ? name : Uri.UnescapeDataString(name), recursive);
        problem = string.Empty;

        return 0;
    }

    /// <summary>
    /// Returns the first value of a query parameter, decoded as ASP.NET Core decodes queries (<c>+</c> is a space),
    /// without building the whole query collection.
    /// </summary>
    private static string? QueryValue(string query, string name)
    {
        foreach (var range in query.AsSpan().Split('&'))
        {
            var pair = query.AsSpan(range);
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            if (key.SequenceEqual(name))
            {
                var value = equals < 0 ? string.Empty : pair[(equals + 1)..].ToString();

                return Uri.UnescapeDataString(value.Replace('+', ' '));
            }
        }

        return null;
    }
}
