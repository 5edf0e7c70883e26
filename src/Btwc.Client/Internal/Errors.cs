using System.Globalization;

namespace Btwc.Client.Internal;

/// <summary>
/// Builds the <see cref="BtwcApiException"/> of each failure. Messages read
/// "{Subject} failed[ after N attempts]: {cause}. {what to do}" and never contain the token.
/// </summary>
internal static class Errors
{
    public static BtwcApiException Http(BtwcCall call, int attempt, int status, ErrorBody body, TimeSpan? retryAfter)
    {
        var cause = $"HTTP {status}: " + Describe(body);
        var hint = HttpHints.For(call, status, retryAfter);

        return new BtwcApiException(BtwcErrorKind.Http, Compose(call, attempt, cause, hint))
        {
            Operation = call.Operation,
            Path = call.Path,
            StatusCode = status,
            ErrorCode = body.ErrorCode,
            ApiMessage = body.Message,
            Details = body.Details,
            RetryAfter = retryAfter,
        };
    }

    public static BtwcApiException ListError(BtwcCall call, int attempt, string error) =>
        new(BtwcErrorKind.Http, Compose(call, attempt, $"the API returned HTTP 200 with the error {Quoting.Quote(error)}", "Check the folder and the token's permissions."))
        {
            Operation = call.Operation,
            Path = call.Path,
            StatusCode = 200,
            ApiMessage = error,
        };

    public static BtwcApiException Timeout(BtwcCall call, int attempt, TimeSpan timeout, Exception inner) =>
        new(BtwcErrorKind.Timeout, Compose(call, attempt, $"no complete response within {Seconds(timeout)} (RequestTimeout)", "Check that the API is reachable, or raise RequestTimeout."), inner)
        {
            Operation = call.Operation,
            Path = call.Path,
        };

    public static BtwcApiException Transport(BtwcCall call, int attempt, string apiUrl, Exception inner) =>
        new(BtwcErrorKind.Transport, Compose(call, attempt, $"the connection to {Quoting.Quote(apiUrl)} failed ({Innermost(inner)})", "Check ApiUrl and that the API is reachable from here."), inner)
        {
            Operation = call.Operation,
            Path = call.Path,
        };

    public static BtwcApiException NotTrusted(BtwcCall call, int attempt, string apiUrl, string reason, Exception inner) =>
        new(BtwcErrorKind.Transport, Compose(call, attempt, $"the server certificate of {Quoting.Quote(apiUrl)} is not trusted ({reason})", "Set CaBundlePem to the PEM of the CA that issued the server certificate, and check that ApiUrl names a host the certificate covers."), inner)
        {
            Operation = call.Operation,
            Path = call.Path,
            IsCertificateNotTrusted = true,
        };

    public static BtwcApiException TooLarge(BtwcCall call, int attempt, int status, long maxBytes) =>
        new(BtwcErrorKind.ResponseTooLarge, Compose(call, attempt, $"the response exceeded {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes (MaxResponseBytes)", "Raise MaxResponseBytes if such a large response is expected."))
        {
            Operation = call.Operation,
            Path = call.Path,
            StatusCode = status,
        };

    public static BtwcApiException Invalid(BtwcCall call, int attempt, int status, string reason, Exception? inner = null) =>
        new(BtwcErrorKind.InvalidResponse, Compose(call, attempt, $"the HTTP {status} response is not valid: {reason}", "Check that ApiUrl points at the BTWC Secrets API and that ApiVersion is supported."), inner)
        {
            Operation = call.Operation,
            Path = call.Path,
            StatusCode = status,
        };

    public static BtwcApiException EmptyCredential(BtwcCall call, int attempt, int status, string reason) =>
        new(BtwcErrorKind.EmptyCredential, Compose(call, attempt, $"the HTTP {status} response contains no credential: {reason}", "Check the dynamic secret definition; no credential was returned, so none was used."))
        {
            Operation = call.Operation,
            Path = call.Path,
            StatusCode = status,
        };

    private static string Compose(BtwcCall call, int attempt, string cause, string hint)
    {
        var attempts = attempt > 1 ? $" after {attempt.ToString(CultureInfo.InvariantCulture)} attempts" : string.Empty;
        var subject = char.ToUpperInvariant(call.Subject[0]) + call.Subject[1..];

        return $"{subject} failed{attempts}: {cause}. {hint}".TrimEnd();
    }

    private static string Describe(ErrorBody body)
    {
        if (body.IsEmpty)
        {
            return "unexpected response body";
        }

        var text = body.ErrorCode is not null && body.Message is not null
            ? body.ErrorCode + ": " + body.Message
            : body.ErrorCode ?? body.Message ?? string.Empty;
        if (body.Details is not null)
        {
            text += (text.Length > 0 ? " " : string.Empty) + "(details: " + body.Details + ")";
        }

        return text;
    }

    private static string Innermost(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message.TrimEnd('.'));
        }

        return string.Join(": ", messages.Distinct());
    }

    internal static string Seconds(TimeSpan value) =>
        value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
