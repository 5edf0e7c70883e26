namespace Btwc.Simulator;

/// <summary>
/// A grant of <paramref name="Actions"/> on a folder and every folder beneath it. The folder matches on whole
/// segments (<c>prod</c> covers <c>prod/db</c> but not <c>production</c>); <c>""</c> or <c>"*"</c> covers every folder.
/// </summary>
/// <param name="Folder">The folder prefix, without leading or trailing slashes.</param>
/// <param name="Actions">The granted actions.</param>
public sealed record TokenPermission(string Folder, SecretActions Actions)
{
    /// <summary>Every action on every folder.</summary>
    public static TokenPermission All { get; } = new("*", SecretActions.All);
}
