namespace Kube.Emulator.Journal;

/// <summary>One API request as the journal records it.</summary>
/// <param name="Time">When the request finished, from the server's TimeProvider.</param>
/// <param name="Verb">The Kubernetes verb: get, list, watch, create, update, patch, delete or deletecollection.</param>
/// <param name="Group">The API group, empty for the core group.</param>
/// <param name="Resource">The resource plural, such as <c>secrets</c>.</param>
/// <param name="Subresource">The subresource, such as <c>status</c>, or null.</param>
/// <param name="Namespace">The namespace, or null for cluster-scoped and all-namespace requests.</param>
/// <param name="Name">The object name, or null for collection requests (a create's name is not known here).</param>
/// <param name="StatusCode">The HTTP status code of the response.</param>
public sealed record JournalEntry(DateTimeOffset Time, string Verb, string Group, string Resource, string? Subresource, string? Namespace, string? Name, int StatusCode);
