using System.Net.Http.Headers;
using System.Security.Authentication;

namespace Btwc.Client.Internal;

/// <summary>Sends one attempt: token, headers, per-attempt timeout, bounded body read, error conversion.</summary>
internal sealed partial class BtwcClient
{
    // Error bodies only feed the message, so a longer one is not worth reading.
    private const long MaxErrorBodyBytes = 64 * 1024;

    private static readonly MediaTypeWithQualityHeaderValue JsonMediaType = new("application/json");

    private async ValueTask<T> AttemptAsync<T>(BtwcCall call, AttemptState state, BodyParser<T> parse, CancellationToken cancellationToken)
    {
        var attempt = ++state.Attempts;
        var token = await TokenReader.ReadAsync(_settings.TokenSource, cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(_settings.RequestTimeout, _timeProvider);
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token) : null;
        var attemptToken = linked?.Token ?? timeout.Token;
        using var request = CreateRequest(call, token);
        var rejectionsBefore = _connection.Trust.Rejections;
        try
        {
            using var response = await _connection.Client
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptToken)
                .ConfigureAwait(false);

            return await ReadResponseAsync(call, state, parse, response, token, attemptToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw Errors.Timeout(call, attempt, _settings.RequestTimeout, exception);
        }
        catch (HttpRequestException exception) when (IsTlsRejection(exception, rejectionsBefore))
        {
            throw Errors.NotTrusted(call, attempt, _settings.ApiUrl, _connection.Trust.LastRejection, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw Errors.Transport(call, attempt, _settings.ApiUrl, exception);
        }
    }

    private HttpRequestMessage CreateRequest(BtwcCall call, string token)
    {
        var request = new HttpRequestMessage(call.Method, call.RequestUri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("bt-secrets-api-version", _settings.ApiVersion);
        request.Headers.Accept.Add(JsonMediaType);

        return request;
    }

    private async ValueTask<T> ReadResponseAsync<T>(BtwcCall call, AttemptState state, BodyParser<T> parse, HttpResponseMessage response, string token, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        state.LastStatusCode = status;
        if (!IsSuccess(call, status))
        {
            var errorBody = await ResponseBody.ReadAsync(response.Content, MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
            var retryAfter = RetryAfterHeader.Read(response.Headers, _timeProvider);
            throw Errors.Http(call, state.Attempts, status, ErrorBody.Parse(errorBody).Redact(token), retryAfter);
        }

        var body = await ResponseBody.ReadAsync(response.Content, _settings.MaxResponseBytes, cancellationToken).ConfigureAwait(false)
            ?? throw Errors.TooLarge(call, state.Attempts, status, _settings.MaxResponseBytes);

        return parse(call, state.Attempts, status, token, body);
    }

    private static bool IsSuccess(BtwcCall call, int status) => call.Operation switch
    {
        BtwcCall.GenerateOperation => status is 200 or 201,
        BtwcCall.SessionOperation => status is >= 200 and < 300,
        _ => status == 200,
    };

    private bool IsTlsRejection(HttpRequestException exception, long rejectionsBefore)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is AuthenticationException)
            {
                return _connection.Trust.Rejections != rejectionsBefore;
            }
        }

        return false;
    }
}
