namespace Btwc.Client.Internal;

/// <summary>Maps failures to the low-cardinality outcome tag of logs and metrics.</summary>
internal static class Outcomes
{
    public const string Success = "success";
    public const string Cancelled = "cancelled";
    public const string InvalidConfiguration = "invalid_configuration";
    public const string Error = "error";

    public static string Of(BtwcApiException exception) => exception.Kind switch
    {
        BtwcErrorKind.Timeout => "timeout",
        BtwcErrorKind.Transport when exception.IsCertificateNotTrusted => "certificate_not_trusted",
        BtwcErrorKind.Transport => "transport",
        BtwcErrorKind.ResponseTooLarge => "response_too_large",
        BtwcErrorKind.InvalidResponse => "invalid_response",
        BtwcErrorKind.EmptyCredential => "empty_credential",
        _ => exception.StatusCode switch
        {
            404 => "not_found",
            401 => "unauthorized",
            403 => "forbidden",
            429 => "rate_limited",
            >= 400 and < 500 => "client_error",
            >= 500 => "server_error",
            _ => "http_error",
        },
    };
}
