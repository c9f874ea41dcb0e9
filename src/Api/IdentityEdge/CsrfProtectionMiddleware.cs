using Microsoft.AspNetCore.Authorization;

namespace Platform.Api.IdentityEdge;

/// <summary>
/// Refuses (403 <c>csrf_token_invalid</c>) an unsafe request to a protected endpoint that the access cookie authenticated,
/// unless it carries the CSRF token. Anonymous endpoints are left alone (refresh checks the token itself when it reads
/// the refresh cookie), so a stale cookie never blocks signing in again.
/// </summary>
internal sealed class CsrfProtectionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (WebSessionCookies.IsCookieAuthenticated(http)
            && http.User.Identity?.IsAuthenticated == true
            && WebSessionCookies.IsUnsafe(http.Request)
            && http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
            && !WebSessionCookies.HasValidCsrfToken(http.Request))
        {
            await WebSessionCookies.CsrfRejection().ExecuteAsync(http);
            return;
        }

        await next(http);
    }
}
