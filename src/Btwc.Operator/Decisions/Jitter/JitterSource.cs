using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Btwc.Operator.Decisions.Jitter;

/// <summary>
/// The production <see cref="IJitterSource"/>: fresh draws come from a <see cref="Random"/> (shared and
/// thread-safe by default). Keyed draws come from SHA-256 of the key, so they are stable across processes,
/// unlike <see cref="string.GetHashCode()"/>.
/// </summary>
public sealed class JitterSource : IJitterSource
{
    private readonly Random _random;
    private readonly Lock _lock = new();

    /// <summary>Creates a source that draws from <see cref="Random.Shared"/>.</summary>
    public JitterSource()
        : this(Random.Shared)
    {
    }

    /// <summary>Creates a source that draws from <paramref name="random"/>, for example a seeded one in simulations.</summary>
    public JitterSource(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <summary>The default source.</summary>
    public static JitterSource Shared { get; } = new();

    /// <inheritdoc />
    public double NextUnit()
    {
        if (ReferenceEquals(_random, Random.Shared))
        {
            return _random.NextDouble();
        }

        // A seeded Random is not thread-safe.
        lock (_lock)
        {
            return _random.NextDouble();
        }
    }

    /// <inheritdoc />
    public double UnitFor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);

        // The top 53 bits fill a double's mantissa exactly, giving a value in [0, 1).
        var bits = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11;

        return bits / (double)(1UL << 53);
    }
}
