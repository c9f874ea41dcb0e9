using Platform.Domain.Identity;

namespace Platform.Api.Http;

/// <summary>Named authorization policies; endpoints name them in <c>RequireAuthorization(...)</c>.</summary>
internal static class AuthorizationPolicies
{
    /// <summary>Callers whose access token carries the <c>admin</c> role; others get 403 <c>forbidden</c>.</summary>
    public const string Admin = "admin";

    public static IServiceCollection AddPlatformAuthorization(this IServiceCollection services) =>
        services.AddAuthorization(options => options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Role.Admin)));
}
