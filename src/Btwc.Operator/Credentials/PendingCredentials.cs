using System.Collections.Concurrent;
using Btwc.Operator.Generators;

namespace Btwc.Operator.Credentials;

/// <summary>
/// Credentials that were minted but not yet recorded in the ExternalSecret's status. When writing the Secret
/// or the status fails after a successful generate call, the retry takes the credential from here instead of
/// minting another one, so a failed write never wastes or leaks a lease.
/// </summary>
/// <remarks>
/// The entries live in memory only. A process that stops between minting and recording the status loses
/// them, and the next sync after restart mints again when a refresh is due.
/// </remarks>
public sealed class PendingCredentials
{
    /// <summary>How long a credential without an expiration stays reusable: 10 minutes.</summary>
    public static readonly TimeSpan NoExpirationReuseWindow = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(string Uid, int Index), Entry> _entries = new();

    /// <summary>Gets the number of credentials waiting to be recorded.</summary>
    public int Count => _entries.Count;

    /// <summary>Keeps a freshly minted credential until its sync is recorded.</summary>
    /// <param name="uid">The ExternalSecret's uid.</param>
    /// <param name="index">The <c>dataFrom</c> index of the generator entry.</param>
    /// <param name="generatorFingerprint">The generator spec fingerprint; a changed generator does not reuse the credential.</param>
    /// <param name="output">The minted credential.</param>
    public void Put(string uid, int index, string generatorFingerprint, GeneratorOutput output) =>
        _entries[(uid, index)] = new Entry(generatorFingerprint, output);

    /// <summary>Gets a minted credential that is still worth writing, or null.</summary>
    /// <param name="uid">The ExternalSecret's uid.</param>
    /// <param name="index">The <c>dataFrom</c> index of the generator entry.</param>
    /// <param name="generatorFingerprint">The current generator spec fingerprint.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The credential when it belongs to the same generator spec and has more than half its lifetime left.</returns>
    public GeneratorOutput? Find(string uid, int index, string generatorFingerprint, DateTimeOffset now)
    {
        if (!_entries.TryGetValue((uid, index), out var entry) || entry.GeneratorFingerprint != generatorFingerprint)
        {
            return null;
        }

        var output = entry.Output;
        var reusableUntil = output.Expiration is { } expiration && expiration > output.IssuedAt
            ? output.IssuedAt + ((expiration - output.IssuedAt) / 2)
            : output.IssuedAt + NoExpirationReuseWindow;
        if (now >= reusableUntil)
        {
            _entries.TryRemove((uid, index), out _);

            return null;
        }

        return output;
    }

    /// <summary>Forgets every pending credential of an ExternalSecret, after its status recorded them or it was deleted.</summary>
    /// <param name="uid">The ExternalSecret's uid.</param>
    public void Clear(string uid)
    {
        foreach (var key in _entries.Keys)
        {
            if (key.Uid == uid)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(string GeneratorFingerprint, GeneratorOutput Output);
}
