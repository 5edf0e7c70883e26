namespace Btwc.Simulator;

/// <summary>One request handled by a tenant route. Never holds the token.</summary>
/// <param name="Time">When the response was decided, from the simulator's clock.</param>
/// <param name="Route">The route.</param>
/// <param name="SiteId">The site id from the URL.</param>
/// <param name="Path">The <c>folder/name</c> path (the folder for a list, empty for the session).</param>
/// <param name="StatusCode">The HTTP status sent, or 0 when the connection was dropped on purpose or the client went away.</param>
public sealed record JournalEntry(DateTimeOffset Time, SimulatorRoute Route, string SiteId, string Path, int StatusCode);
