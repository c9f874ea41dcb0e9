namespace Platform.Api.Http;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The user id of an authenticated caller; endpoints behind the fallback policy always have one.</summary>
    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue("sub") ?? throw new InvalidOperationException("The principal has no 'sub' claim."));

    /// <summary>The session of the access token; the bearer handler refuses tokens without one.</summary>
    public static Guid SessionId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue("sid") ?? throw new InvalidOperationException("The principal has no 'sid' claim."));
}
