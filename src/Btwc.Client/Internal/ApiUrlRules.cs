namespace Btwc.Client.Internal;

/// <summary>The rules for <see cref="BtwcClientOptions.ApiUrl"/>.</summary>
internal static class ApiUrlRules
{
    private const string Example = "for example \"https://api.beyondtrust.io/site\"";

    public static string? FindError(string? apiUrl)
    {
        if (string.IsNullOrWhiteSpace(apiUrl))
        {
            return $"ApiUrl is empty. Set it to the BTWC API URL, {Example}.";
        }

        if (apiUrl.Trim().Length != apiUrl.Length)
        {
            return $"ApiUrl {Quoting.Quote(apiUrl)} has surrounding whitespace. Remove it.";
        }

        if (!Uri.TryCreate(apiUrl, UriKind.Absolute, out var uri) || !apiUrl.Contains("://", StringComparison.Ordinal))
        {
            return $"ApiUrl {Quoting.Quote(apiUrl)} is not an absolute URL. Write the scheme and the host, {Example}.";
        }

        return FindPartError(apiUrl, uri);
    }

    private static string? FindPartError(string apiUrl, Uri uri)
    {
        if (!string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            return $"ApiUrl {Quoting.Quote(apiUrl)} uses the scheme {Quoting.Quote(uri.Scheme)}. Use \"https\": the API is served over HTTPS only.";
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            return $"ApiUrl {Quoting.Quote(apiUrl)} has no host. Write the host after \"https://\", {Example}.";
        }

        if (uri.UserInfo.Length > 0)
        {
            var masked = apiUrl.Replace(uri.UserInfo + "@", "***@", StringComparison.Ordinal);
            return $"ApiUrl {Quoting.Quote(masked)} contains user information. Remove it: the token is the only credential the API takes.";
        }

        if (apiUrl.Contains('?', StringComparison.Ordinal))
        {
            return $"ApiUrl {Quoting.Quote(apiUrl)} contains a query (\"{uri.Query}\"). Remove it: the client appends its own path and query.";
        }

        if (apiUrl.Contains('#', StringComparison.Ordinal))
        {
            return $"ApiUrl {Quoting.Quote(apiUrl)} contains a fragment (\"{uri.Fragment}\"). Remove it: the client appends its own path and query.";
        }

        return null;
    }
}
