using Btwc.Operator.Decisions.Backoff;
using Btwc.Operator.Decisions.Conditions;
using Btwc.Operator.Generators;

namespace Btwc.Operator.Reconcilers.Internal;

/// <summary>
/// A failed sync as users see it: the Ready condition's reason and message, the Warning event's reason and
/// text, and how soon to retry. No field may contain a token or credential value.
/// </summary>
internal sealed record Failure(string Reason, string ConditionMessage, string EventMessage, FailureClass Class)
{
    /// <summary>Gets the event reason; ESO reports every sync failure as <c>UpdateFailed</c>.</summary>
    public string EventReason { get; init; } = EventReasons.UpdateFailed;

    public TimeSpan? RetryAfter { get; init; }

    public string? Partition { get; init; }

    /// <summary>Builds the failure of a generator entry, worded as ESO words it so existing alerts keep matching.</summary>
    public static Failure From(GeneratorException exception, string? fieldPath)
    {
        var detail = fieldPath is null
            ? exception.Message
            : $"error processing {fieldPath}, err: error using generator: {exception.Message}";

        return new Failure(exception.Reason, $"{ConditionMessages.GetSecretDataFailed}: {detail}", detail, exception.FailureClass)
        {
            RetryAfter = exception.RetryAfter,
            Partition = exception.Partition,
        };
    }
}
