namespace Btwc.Client.Internal;

/// <summary>Calls the token source and checks that the token can travel in an HTTP header.</summary>
internal static class TokenReader
{
    public static async ValueTask<string> ReadAsync(Func<CancellationToken, ValueTask<string>> source, CancellationToken cancellationToken)
    {
        var token = (await source(cancellationToken).ConfigureAwait(false))?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new BtwcConfigurationException(nameof(BtwcClientOptions.TokenSource), "TokenSource returned an empty token. Check the Secret or setting the token is read from.");
        }

        for (var i = 0; i < token.Length; i++)
        {
            // The position is reported, never the token itself.
            if (token[i] is < '!' or > '~')
            {
                throw new BtwcConfigurationException(
                    nameof(BtwcClientOptions.TokenSource),
                    $"TokenSource returned a token with a whitespace, control or non-ASCII character at index {i}. Check the Secret or setting the token is read from; a stray line break is a common cause.");
            }
        }

        return token;
    }
}
