using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Btwc.Client.Internal;

/// <summary>The Polly pipeline that runs attempts, waits through the injected <see cref="TimeProvider"/> and
/// lets <see cref="RetryPlanner"/> decide whether to retry.</summary>
internal sealed class RetryPipeline
{
    private static readonly ResiliencePropertyKey<AttemptState> StateKey = new("Btwc.Client.AttemptState");

    private readonly ResiliencePipeline _pipeline;
    private readonly RetryPlanner _planner;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ClientMetrics _metrics;

    public RetryPipeline(BtwcRetryOptions options, TimeProvider timeProvider, ILogger logger, ClientMetrics metrics)
    {
        _planner = new RetryPlanner(options);
        _timeProvider = timeProvider;
        _logger = logger;
        _metrics = metrics;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                // RetryPlanner enforces the real limits; Polly only runs the loop and the delays.
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.Zero,
                UseJitter = false,
                ShouldHandle = ShouldRetry,
                DelayGenerator = static args => new ValueTask<TimeSpan?>(args.Context.Properties.GetValue(StateKey, null!).NextDelay),
                OnRetry = OnRetry,
            })
            .Build();
    }

    /// <summary>Runs <paramref name="attempt"/> until it succeeds or the planner gives up.</summary>
    public async ValueTask<T> ExecuteAsync<T>(BtwcCall call, AttemptState state, Func<BtwcCall, AttemptState, CancellationToken, ValueTask<T>> attempt, CancellationToken cancellationToken)
    {
        // The first attempt runs outside the pipeline: most calls succeed at once, and the pipeline's async layers
        // cost measurable throughput. A failure the planner would retry enters the pipeline as its first outcome.
        ExceptionDispatchInfo firstFailure;
        try
        {
            return await attempt(call, state, cancellationToken).ConfigureAwait(false);
        }
        catch (BtwcApiException failure) when (_planner.NextDelay(failure, call.IsGenerate, 0, _timeProvider.GetElapsedTime(state.StartTimestamp)) is not null)
        {
            firstFailure = ExceptionDispatchInfo.Capture(failure);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(StateKey, state);

            return await _pipeline.ExecuteAsync(
                static (context, input) =>
                {
                    if (input.PendingFailure is { } pending)
                    {
                        input.PendingFailure = null;
                        pending.Throw();
                    }

                    return input.Attempt(input.Call, input.State, context.CancellationToken);
                },
                context,
                new RetryInput<T>(attempt, call, state, firstFailure)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ValueTask<bool> ShouldRetry(RetryPredicateArguments<object> args)
    {
        if (args.Outcome.Exception is not BtwcApiException failure
            || !args.Context.Properties.TryGetValue(StateKey, out var state))
        {
            return new ValueTask<bool>(false);
        }

        var elapsed = _timeProvider.GetElapsedTime(state.StartTimestamp);
        state.NextDelay = _planner.NextDelay(failure, state.Call.IsGenerate, state.Attempts - 1, elapsed);

        return new ValueTask<bool>(state.NextDelay is not null);
    }

    private ValueTask OnRetry(OnRetryArguments<object> args)
    {
        if (args.Outcome.Exception is BtwcApiException failure && args.Context.Properties.TryGetValue(StateKey, out var state))
        {
            var outcome = Outcomes.Of(failure);
            Log.RetryScheduled(_logger, state.Call.Operation, state.Call.LogPath, state.Attempts, outcome, failure.StatusCode, (long)args.RetryDelay.TotalMilliseconds);
            _metrics.RecordRetry(state.Call.Operation, outcome);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The input of the pipeline: the attempt, and the first failure to hand over before any new attempt.</summary>
    private sealed class RetryInput<T>(Func<BtwcCall, AttemptState, CancellationToken, ValueTask<T>> attempt, BtwcCall call, AttemptState state, ExceptionDispatchInfo pendingFailure)
    {
        public Func<BtwcCall, AttemptState, CancellationToken, ValueTask<T>> Attempt { get; } = attempt;

        public BtwcCall Call { get; } = call;

        public AttemptState State { get; } = state;

        /// <summary>The failure of the attempt made before the pipeline started; thrown once, then cleared.</summary>
        public ExceptionDispatchInfo? PendingFailure { get; set; } = pendingFailure;
    }
}
