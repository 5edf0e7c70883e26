namespace Btwc.Operator.Decisions.Jitter;

/// <summary>
/// Randomness for jitter, injected so tests can pin it. Two kinds: a fresh draw for retry spreading, and a
/// draw fixed by a key, for schedules that must come out the same after a restart.
/// </summary>
public interface IJitterSource
{
    /// <summary>Returns a uniformly distributed value in [0, 1).</summary>
    double NextUnit();

    /// <summary>
    /// Returns a value in [0, 1) that depends only on <paramref name="key"/>, identical across processes and
    /// restarts, and uniformly spread over different keys.
    /// </summary>
    double UnitFor(string key);
}
