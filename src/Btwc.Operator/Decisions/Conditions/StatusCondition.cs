namespace Btwc.Operator.Decisions.Conditions;

/// <summary>One entry of <c>status.conditions</c>, as ESO stores it.</summary>
/// <param name="Type">Condition type, for example <see cref="ConditionTypes.Ready"/>.</param>
/// <param name="Status"><see cref="ConditionStatuses.True"/>, <see cref="ConditionStatuses.False"/> or <see cref="ConditionStatuses.Unknown"/>.</param>
/// <param name="Reason">A CamelCase reason from <see cref="ConditionReasons"/>.</param>
/// <param name="Message">A human-readable message without secret values.</param>
/// <param name="LastTransitionTime">When <paramref name="Status"/> last changed.</param>
public sealed record StatusCondition(
    string Type,
    string Status,
    string Reason,
    string Message,
    DateTimeOffset LastTransitionTime);

/// <summary>The result of <see cref="ConditionTransition.Set"/>.</summary>
/// <param name="Conditions">The new condition list.</param>
/// <param name="Changed">Whether the list differs from the input, so a status write is needed.</param>
public sealed record ConditionUpdate(IReadOnlyList<StatusCondition> Conditions, bool Changed);
