using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Btwc.Client.Internal;

namespace Btwc.Client;

/// <summary>
/// Checks of the connection settings. Each error message names the field, quotes the value and gives the fix.
/// </summary>
public static partial class BtwcValidation
{
    /// <summary>
    /// Validates an API URL: absolute, <c>https</c>, with a host, without user information, query or fragment.
    /// </summary>
    /// <param name="apiUrl">The URL, for example <c>https://api.beyondtrust.io/site</c>.</param>
    /// <returns>The URL without trailing slashes, ready to be joined with <c>/{siteId}/secrets</c>.</returns>
    /// <exception cref="BtwcConfigurationException">The URL is invalid.</exception>
    public static string ValidateApiUrl(string? apiUrl)
    {
        if (!TryValidateApiUrl(apiUrl, out var normalized, out var error))
        {
            throw new BtwcConfigurationException(nameof(BtwcClientOptions.ApiUrl), error);
        }

        return normalized;
    }

    /// <summary>Validates an API URL like <see cref="ValidateApiUrl"/> without throwing.</summary>
    /// <param name="apiUrl">The URL.</param>
    /// <param name="normalized">The URL without trailing slashes when the method returns true.</param>
    /// <param name="error">Why the URL is invalid when the method returns false.</param>
    /// <returns>True when <paramref name="apiUrl"/> is valid.</returns>
    public static bool TryValidateApiUrl(
        string? apiUrl,
        [NotNullWhen(true)] out string? normalized,
        [NotNullWhen(false)] out string? error)
    {
        normalized = null;
        error = ApiUrlRules.FindError(apiUrl);
        if (error is not null)
        {
            return false;
        }

        normalized = apiUrl!.TrimEnd('/');

        return true;
    }

    /// <summary>
    /// Validates a site id: a UUID of any version in the hyphenated 8-4-4-4-12 hexadecimal form, such as
    /// <c>a1b2c3d4-e5f6-7890-abcd-ef1234567890</c>.
    /// </summary>
    /// <param name="siteId">The site id.</param>
    /// <returns>The site id, unchanged.</returns>
    /// <exception cref="BtwcConfigurationException">The site id is invalid.</exception>
    public static string ValidateSiteId(string? siteId)
    {
        if (!TryValidateSiteId(siteId, out var error))
        {
            throw new BtwcConfigurationException(nameof(BtwcClientOptions.SiteId), error);
        }

        return siteId!;
    }

    /// <summary>Validates a site id like <see cref="ValidateSiteId"/> without throwing.</summary>
    /// <param name="siteId">The site id.</param>
    /// <param name="error">Why the site id is invalid when the method returns false.</param>
    /// <returns>True when <paramref name="siteId"/> is valid.</returns>
    public static bool TryValidateSiteId(string? siteId, [NotNullWhen(false)] out string? error)
    {
        const string Form = "Use the tenant's UUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hexadecimal digits)";
        error = siteId switch
        {
            null or "" => $"SiteId is empty. {Form}.",
            _ when siteId.Trim().Length != siteId.Length =>
                $"SiteId {Quoting.Quote(siteId)} has surrounding whitespace. Remove it.",
            _ when siteId.StartsWith('{') || siteId.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) =>
                $"SiteId {Quoting.Quote(siteId)} is not a bare UUID. {Form}, without braces or a \"urn:uuid:\" prefix.",
            _ when !UuidPattern().IsMatch(siteId) => $"SiteId {Quoting.Quote(siteId)} is not a UUID. {Form}.",
            _ => null,
        };

        return error is null;
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();
}
