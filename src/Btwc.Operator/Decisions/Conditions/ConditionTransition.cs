namespace Btwc.Operator.Decisions.Conditions;

/// <summary>
/// Sets a condition the way ESO does: an identical condition (status, reason and message) leaves the list
/// untouched. Otherwise the condition of that type is replaced and moved to the end, and
/// <c>lastTransitionTime</c> is kept when only the reason or message changed.
/// </summary>
public static class ConditionTransition
{
    /// <summary>Returns <paramref name="existing"/> with the condition of type <paramref name="type"/> set.</summary>
    public static ConditionUpdate Set(
        IReadOnlyList<StatusCondition>? existing,
        string type,
        string status,
        string reason,
        string message,
        DateTimeOffset now)
    {
        var conditions = existing ?? [];
        var current = conditions.FirstOrDefault(condition => condition.Type == type);
        if (current is not null && current.Status == status && current.Reason == reason && current.Message == message)
        {
            return new ConditionUpdate(conditions, Changed: false);
        }

        var transitionTime = current is not null && current.Status == status ? current.LastTransitionTime : now;
        var updated = conditions
            .Where(condition => condition.Type != type)
            .Append(new StatusCondition(type, status, reason, message, transitionTime))
            .ToList();

        return new ConditionUpdate(updated, Changed: true);
    }

    /// <summary>Sets Ready=True with the given reason and message.</summary>
    public static ConditionUpdate SetReady(IReadOnlyList<StatusCondition>? existing, string reason, string message, DateTimeOffset now) =>
        Set(existing, ConditionTypes.Ready, ConditionStatuses.True, reason, message, now);

    /// <summary>Sets Ready=False with the given reason and message.</summary>
    public static ConditionUpdate SetNotReady(IReadOnlyList<StatusCondition>? existing, string reason, string message, DateTimeOffset now) =>
        Set(existing, ConditionTypes.Ready, ConditionStatuses.False, reason, message, now);
}
