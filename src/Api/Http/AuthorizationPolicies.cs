using Platform.Domain.Identity;

namespace Platform.Api.Http;

/// <summary>Named authorization policies; endpoints name them in <c>RequireAuthorization(...)</c>.</summary>
internal static class AuthorizationPolicies
{
    /// <summary>Callers whose access token carries the <c>admin</c> role; others get 403 <c>forbidden</c>.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// Callers signed in here, with a device session (<c>sid</c>): the endpoints about "this session" need one. Tokens of
    /// the external OIDC provider have none and get 403 <c>forbidden</c> there.
    /// </summary>
    public const string LocalSession = "local-session";

    public static IServiceCollection AddPlatformAuthorization(this IServiceCollection services) =>
        services.AddAuthorization(options =>
        {
            options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Role.Admin));
            options.AddPolicy(LocalSession, policy => policy.RequireAuthenticatedUser().RequireClaim("sid"));
        });
}
