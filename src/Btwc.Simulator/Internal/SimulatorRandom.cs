namespace Btwc.Simulator.Internal;

/// <summary>
/// The random source for fault fractions and generated values. With a seed it is reproducible and serialized
/// by a lock; without one it uses the thread-safe shared generator.
/// </summary>
internal sealed class SimulatorRandom
{
    private readonly Random? _seeded;
    private readonly Lock _gate = new();

    public SimulatorRandom(int? seed)
    {
        _seeded = seed is { } value ? new Random(value) : null;
    }

    public double NextDouble()
    {
        if (_seeded is null)
        {
            return Random.Shared.NextDouble();
        }

        lock (_gate)
        {
            return _seeded.NextDouble();
        }
    }

    public void NextBytes(Span<byte> buffer)
    {
        if (_seeded is null)
        {
            Random.Shared.NextBytes(buffer);
            return;
        }

        lock (_gate)
        {
            _seeded.NextBytes(buffer);
        }
    }

    /// <summary>Returns a version 4 UUID built from this source.</summary>
    public Guid NewGuid()
    {
        if (_seeded is null)
        {
            return Guid.NewGuid();
        }

        Span<byte> bytes = stackalloc byte[16];
        NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);

        return new Guid(bytes);
    }

    /// <summary>Fills <paramref name="destination"/> with characters drawn from <paramref name="alphabet"/>.</summary>
    public void NextChars(Span<char> destination, ReadOnlySpan<char> alphabet)
    {
        Span<byte> bytes = destination.Length <= 512 ? stackalloc byte[destination.Length] : new byte[destination.Length];
        NextBytes(bytes);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = alphabet[bytes[i] % alphabet.Length];
        }
    }
}
