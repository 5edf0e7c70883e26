namespace Btwc.Client.Internal;

/// <summary>Reads response bodies through a hard byte limit.</summary>
internal static class ResponseBody
{
    private const int InitialBufferBytes = 4 * 1024;

    /// <summary>Reads the whole body, or returns null as soon as it is known to exceed <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<ReadOnlyMemory<byte>?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return declared is { } length
                ? await ReadDeclaredAsync(stream, (int)length, cancellationToken).ConfigureAwait(false)
                : await ReadUnknownAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask<ReadOnlyMemory<byte>?> ReadDeclaredAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);

        return buffer;
    }

    private static async ValueTask<ReadOnlyMemory<byte>?> ReadUnknownAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(InitialBufferBytes, maxBytes + 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                var grown = (int)Math.Min((long)buffer.Length * 2, maxBytes + 1);
                Array.Resize(ref buffer, grown);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.AsMemory(0, total);
            }

            total += read;
            if (total > maxBytes)
            {
                return null;
            }
        }
    }
}
