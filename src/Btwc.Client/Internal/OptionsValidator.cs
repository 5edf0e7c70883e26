using System.Security.Cryptography.X509Certificates;

namespace Btwc.Client.Internal;

/// <summary>Checks <see cref="BtwcClientOptions"/> and turns them into <see cref="ClientSettings"/>.</summary>
internal static class OptionsValidator
{
    // Bodies are buffered in one array, so the limit stays below the largest array length.
    private const long MaxResponseBytesLimit = 1024L * 1024 * 1024;

    public static (ClientSettings Settings, X509Certificate2Collection? ExtraRoots) Validate(BtwcClientOptions options)
    {
        var apiUrl = BtwcValidation.ValidateApiUrl(options.ApiUrl);
        var siteId = BtwcValidation.ValidateSiteId(options.SiteId);
        var tokenSource = options.TokenSource ?? throw new BtwcConfigurationException(
            nameof(BtwcClientOptions.TokenSource),
            "TokenSource is not set. Give a delegate that returns the API token, for example one that reads it from a Secret.");
        CheckLimits(options);
        CheckRetry(options.Retry);
        var extraRoots = string.IsNullOrWhiteSpace(options.CaBundlePem) ? null : CaBundle.Load(options.CaBundlePem);
        var settings = new ClientSettings(apiUrl, new RequestUris(apiUrl, siteId), tokenSource, options.RequestTimeout, options.MaxResponseBytes, options.ApiVersion);

        return (settings, extraRoots);
    }

    private static void CheckLimits(BtwcClientOptions options)
    {
        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromHours(1))
        {
            throw Invalid(nameof(BtwcClientOptions.RequestTimeout), options.RequestTimeout.ToString(), "Use a value above zero and at most one hour; the default is 30 seconds.");
        }

        if (options.MaxResponseBytes <= 0 || options.MaxResponseBytes > MaxResponseBytesLimit)
        {
            throw Invalid(nameof(BtwcClientOptions.MaxResponseBytes), options.MaxResponseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), "Use a value from 1 to 1 GiB (1073741824); the default is 10 MiB.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiVersion) || options.ApiVersion.Any(c => c is < '!' or > '~'))
        {
            throw Invalid(nameof(BtwcClientOptions.ApiVersion), options.ApiVersion, $"Use a date such as \"{BtwcClientOptions.DefaultApiVersion}\", without spaces.");
        }
    }

    private static void CheckRetry(BtwcRetryOptions? retry)
    {
        if (retry is null)
        {
            throw new BtwcConfigurationException(nameof(BtwcClientOptions.Retry), "Retry is null. Leave it at its default or set a BtwcRetryOptions.");
        }

        if (retry.MaxReadRetries < 0 || retry.MaxGenerateRetries < 0)
        {
            throw Invalid("Retry.MaxReadRetries/MaxGenerateRetries", $"{retry.MaxReadRetries}/{retry.MaxGenerateRetries}", "Use 0 or more.");
        }

        if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay || retry.MaxRetryDuration < TimeSpan.Zero)
        {
            throw Invalid("Retry.BaseDelay/MaxDelay/MaxRetryDuration", $"{retry.BaseDelay}/{retry.MaxDelay}/{retry.MaxRetryDuration}", "Use values of zero or more, with MaxDelay at least BaseDelay.");
        }
    }

    private static BtwcConfigurationException Invalid(string field, string? value, string fix) =>
        new(field, $"{field} {Quoting.Quote(value)} is invalid. {fix}");
}
