namespace Btwc.Operator.Runtime.Events.Internal;

/// <summary>An Event the recorder wrote: where it is, its count and when it last occurred.</summary>
internal sealed record RecordedEvent(string Name, string Namespace, int Count, DateTimeOffset LastSeen);
