using Kube.Emulator.Schema.Internal.Cel;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// One <c>x-kubernetes-validations</c> entry. <see cref="Program"/> is null when the rule uses CEL this
/// emulator cannot evaluate or refers to <c>oldSelf</c>, and then the rule is not checked.
/// </summary>
internal sealed record ValidationRule(string Rule, string? Message, string? Reason, string? FieldPath, CelNode? Program)
{
    /// <summary>The message the API server reports when the rule fails.</summary>
    public string FailureMessage => string.IsNullOrWhiteSpace(Message) ? $"failed rule: {Rule}" : Message.Trim();
}
