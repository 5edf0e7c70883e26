namespace Btwc.Client.Internal;

/// <summary>Runs one call through the retry loop and records its log line and metrics.</summary>
internal sealed partial class BtwcClient
{
    /// <summary>Parses a successful body. The token is passed only so text the server echoes can be redacted.</summary>
    private delegate T BodyParser<out T>(BtwcCall call, int attempt, int status, string token, ReadOnlyMemory<byte> body);

    private async Task<T> ExecuteAsync<T>(BtwcCall call, BodyParser<T> parse, CancellationToken cancellationToken)
    {
        var state = new AttemptState(call, _timeProvider.GetTimestamp());
        string outcome = Outcomes.Success;
        try
        {
            return await _retry.ExecuteAsync(
                call,
                state,
                (call, state, token) => AttemptAsync(call, state, parse, token),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BtwcApiException exception)
        {
            outcome = Outcomes.Of(exception);
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = Outcomes.Cancelled;
            throw;
        }
        catch (BtwcConfigurationException)
        {
            outcome = Outcomes.InvalidConfiguration;
            throw;
        }
        catch (Exception)
        {
            // An exception from the caller's TokenSource passes through unchanged, but still counts as a failure.
            outcome = Outcomes.Error;
            throw;
        }
        finally
        {
            Record(state, outcome);
        }
    }

    private void Record(AttemptState state, string outcome)
    {
        var duration = _timeProvider.GetElapsedTime(state.StartTimestamp);
        _metrics.RecordCall(state.Call.Operation, outcome, duration);
        var durationMs = (long)duration.TotalMilliseconds;
        if (outcome == Outcomes.Success)
        {
            Log.CallSucceeded(_logger, state.Call.Operation, state.Call.LogPath, state.LastStatusCode, durationMs, state.Attempts);
        }
        else
        {
            Log.CallFailed(_logger, state.Call.Operation, state.Call.LogPath, outcome, state.LastStatusCode, durationMs, state.Attempts);
        }
    }
}
