namespace Btwc.Simulator.Internal.Model;

/// <summary>A token of one site: its grants, expiry and rate-limit bucket.</summary>
internal sealed class TokenRecord(IReadOnlyList<TokenPermission> permissions, DateTimeOffset? expiresAt)
{
    public IReadOnlyList<TokenPermission> Permissions { get; } = permissions;

    public DateTimeOffset? ExpiresAt { get; } = expiresAt;

    public TokenBucket Bucket { get; } = new();

    /// <summary>Whether any grant covers <paramref name="action"/> on <paramref name="folder"/>; grant folders are already normalized.</summary>
    public bool Allows(string folder, SecretActions action)
    {
        foreach (var permission in Permissions)
        {
            if ((permission.Actions & action) == action && SecretPaths.IsWithin(folder, permission.Folder))
            {
                return true;
            }
        }

        return false;
    }
}
