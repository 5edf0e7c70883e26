namespace Btwc.Client.Internal;

/// <summary>The running state of one client call across its attempts.</summary>
internal sealed class AttemptState
{
    public AttemptState(BtwcCall call, long startTimestamp)
    {
        Call = call;
        StartTimestamp = startTimestamp;
    }

    public BtwcCall Call { get; }

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> value when the first attempt started.</summary>
    public long StartTimestamp { get; }

    /// <summary>Attempts started so far.</summary>
    public int Attempts { get; set; }

    /// <summary>The last HTTP status received, if any.</summary>
    public int? LastStatusCode { get; set; }

    /// <summary>The delay the planner chose for the next retry.</summary>
    public TimeSpan? NextDelay { get; set; }
}
