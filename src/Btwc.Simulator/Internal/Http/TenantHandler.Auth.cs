using Btwc.Simulator.Internal.Model;
using Microsoft.AspNetCore.Http;

namespace Btwc.Simulator.Internal.Http;

internal sealed partial class TenantHandler
{
    private const string ApiVersionHeader = "bt-secrets-api-version";

    private async Task<AuthResult> AuthenticateAsync(HttpContext context, SiteData site, TenantRequest request)
    {
        var headers = context.Request.Headers;
        var version = headers[ApiVersionHeader];
        if (version.Count == 0 || string.IsNullOrEmpty(version[0]))
        {
            // The real API reports a missing version header as an authentication failure.
            return new(await ErrorAsync(context, 401, "unauthorized", "missing_api_version", "authentication failed: missing bt-secrets-api-version header").ConfigureAwait(false), null);
        }

        if (!apiVersions.Contains(version[0]!))
        {
            return new(await ErrorAsync(context, 400, "bad_request", "unsupported_api_version", $"bt-secrets-api-version '{version[0]}' is not supported: use {string.Join(" or ", apiVersions)}").ConfigureAwait(false), null);
        }

        var authorization = headers.Authorization.ToString().AsSpan().Trim();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization[7..].Trim().IsEmpty)
        {
            return new(await ErrorAsync(context, 401, "unauthorized", "missing_token", "authentication failed: missing bearer token").ConfigureAwait(false), null);
        }

        if (!site.TokenLookup.TryGetValue(authorization[7..].Trim(), out var token))
        {
            return new(await ErrorAsync(context, 401, "unauthorized", "invalid_token", "authentication failed: invalid token").ConfigureAwait(false), null);
        }

        if (token.ExpiresAt is { } expiresAt && expiresAt <= time.GetUtcNow())
        {
            return new(await ErrorAsync(context, 401, "unauthorized", "token_expired", "authentication failed: token expired").ConfigureAwait(false), null);
        }

        if (faults.IsActive && faults.CheckRateLimit(token, time) is { } retryAfter)
        {
            return new(await ErrorAsync(context, 429, "rate_limited", "token_rate_limited", "too many requests for this token", retryAfter).ConfigureAwait(false), null);
        }

        var action = request.Route == SimulatorRoute.DynamicGenerate ? SecretActions.Generate : SecretActions.Read;
        if (request.Route != SimulatorRoute.Session && !token.Allows(request.Folder, action))
        {
            var actionName = action == SecretActions.Generate ? "generate" : "read";
            var message = $"token lacks '{actionName}' permission on folder '{request.Folder}'";

            return new(await ErrorAsync(context, 403, "forbidden", "permission_denied", message).ConfigureAwait(false), null);
        }

        return new(0, token);
    }
}
